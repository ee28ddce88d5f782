# compare: x, w
# The evaluation helper of many tutorials: @torch.no_grad() on a function, and @torch.no_grad without the call.
import torch

x = torch.tensor([2.0, -1.0], requires_grad=True)
w = torch.tensor([0.3, 0.7], requires_grad=True)


@torch.no_grad()
def evaluate(t):
    return (t * w).sum()


@torch.no_grad
def baseline(t):
    return t.mean() * 4


score = evaluate(x)
base = baseline(x)
loss = (x * w).sum() ** 2 + score + base
loss.backward()
print(score.requires_grad, base.requires_grad)
print(loss)
