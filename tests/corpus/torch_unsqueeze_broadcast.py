# compare: a, b
import torch
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([0.5, -1.0], requires_grad=True)
table = a.unsqueeze(1) * b.unsqueeze(0)
loss = (table ** 2).sum()
loss.backward()
