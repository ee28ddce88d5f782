# compare: w
import torch
x = torch.tensor([1.0, 2.0], requires_grad=False)
w = torch.tensor([0.5, -0.5], requires_grad=True)
y = (w * x).sum()
y.backward()
print(x.grad is None)
