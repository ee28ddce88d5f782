# compare: W
# makemore (part 1) as the course notebook writes it: a vocabulary from set(), one-hot inputs, a softmax by hand,
# the mean negative log likelihood with a little regularisation, and W.data nudged against its gradient.
import torch
import torch.nn.functional as F

words = ["emma", "olivia", "ava", "isabella"]
chars = sorted(list(set(''.join(words))))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi['.'] = 0
itos = {i: s for s, i in stoi.items()}
xs, ys = [], []
for w in words:
    chs = ['.'] + list(w) + ['.']
    for ch1, ch2 in zip(chs, chs[1:]):
        xs.append(stoi[ch1])
        ys.append(stoi[ch2])
xs = torch.tensor(xs)
ys = torch.tensor(ys)
num = xs.nelement()
print('number of examples: ', num, len(itos), 'e' in set(chars), len({c for c in "banana"}))
n = len(stoi)
W = torch.linspace(-1.0, 1.0, n * n).reshape(n, n).sin().requires_grad_()
for k in range(5):
    xenc = F.one_hot(xs, num_classes=n).double()  # the notebook says .float(): the oracle runs in float64
    logits = xenc @ W
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdims=True)
    loss = -probs[torch.arange(num), ys].log().mean() + 0.01 * (W**2).mean()
    print(round(loss.item(), 10))
    W.grad = None
    loss.backward()
    W.data += -50 * W.grad
