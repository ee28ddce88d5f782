# compare: x
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 3).sum()
assert y.item() == 9.0
y.backward()
assert x.grad[0] == 3.0
print("ok", x.grad.tolist())
