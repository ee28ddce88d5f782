import torch
x1 = torch.tensor(2.0, requires_grad=True)
w1 = torch.tensor(-3.0, requires_grad=True)
b = torch.tensor(6.88, requires_grad=True)
n = x1 * w1 + b
e = (2 * n).exp()
o = (e - 1) / (e + 1)
o.backward()
