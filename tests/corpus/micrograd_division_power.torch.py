import torch
a = torch.tensor(1.5, requires_grad=True)
b = torch.tensor(-0.5, requires_grad=True)
c = a / b + b ** 2 - a ** -1
c.backward()
