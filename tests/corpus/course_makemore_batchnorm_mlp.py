# compare: emb.weight, model[0].weight, model[1].weight, model[1].bias, model[3].weight, model[3].bias
import torch
import torch.nn as nn
import torch.nn.functional as F

# makemore part 3: characters -> embeddings -> Linear (no bias) -> BatchNorm1d -> tanh -> logits
vocab_size, n_embd, block_size, n_hidden = 6, 3, 3, 8
emb = nn.Embedding(vocab_size, n_embd)
model = nn.Sequential(
    nn.Linear(n_embd * block_size, n_hidden, bias=False), nn.BatchNorm1d(n_hidden), nn.Tanh(),
    nn.Linear(n_hidden, vocab_size),
)
with torch.no_grad():
    emb.weight.copy_(torch.sin(torch.arange(18.0)).reshape(6, 3))
    model[0].weight.copy_(0.3 * torch.cos(torch.arange(72.0) * 0.7).reshape(8, 9))
    model[3].weight.copy_(0.2 * torch.sin(torch.arange(48.0) * 1.3).reshape(6, 8))
    model[3].bias.fill_(0.0)
    model[3].weight *= 0.1  # last layer less confident, as in the lecture
print(emb)
print(model)
parameters = [emb.weight] + list(model.parameters())
print(sum(p.nelement() for p in parameters))
print([n for n, p in model.named_parameters()])

X = torch.tensor([[0, 0, 0], [0, 0, 1], [0, 1, 4], [1, 4, 4], [4, 4, 2], [4, 2, 5], [2, 5, 1], [5, 1, 3]])
Y = torch.tensor([1, 4, 4, 2, 5, 1, 3, 0])
batches = [[0, 2, 4, 6], [1, 3, 5, 7], [0, 1, 2, 3, 4], [3, 4, 5, 6, 7]]
lossi = []
for step, ix in enumerate(batches):
    Xb, Yb = X[ix], Y[ix]
    x = emb(Xb).view(Xb.shape[0], -1)
    logits = model(x)
    loss = F.cross_entropy(logits, Yb)
    for p in parameters:
        p.grad = None
    loss.backward()
    lr = 0.1 if step < 3 else 0.01
    for p in parameters:
        p.data += -lr * p.grad
    lossi.append(round(loss.item(), 10))
print(lossi)
bn = model[1]
print([round(v, 10) for v in bn.running_mean.tolist()])
print([round(v, 10) for v in bn.running_var.tolist()])
print(bn.num_batches_tracked.item(), bn.training)

# evaluate with the running statistics, and look at the gradients there
model.eval()
print(bn.training, model[2].training)
logits = model(emb(X).view(X.shape[0], -1))
loss = F.cross_entropy(logits, Y)
for p in parameters:
    p.grad = None
loss.backward()
print(round(loss.item(), 10), bn.num_batches_tracked.item())
