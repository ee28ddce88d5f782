# compare: w
import torch
w = torch.full((2, 3), 0.5, requires_grad=True)
Z = torch.zeros(2, 3) + torch.ones_like(w) + torch.eye(2) @ torch.ones(2, 3) + torch.linspace(0.0, 1.0, 3)
loss = (w * Z).sum()
loss.backward()
