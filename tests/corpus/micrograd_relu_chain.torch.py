import torch
a = torch.tensor(0.7, requires_grad=True)
b = torch.tensor(-1.2, requires_grad=True)
h = (a * b + 1).relu()
k = (a - b).relu() * h + (b * 3).relu()
k.backward()
