# compare: a, b
import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = torch.cat([a, b * 2])
s = torch.stack([a, b], dim=0)
loss = (c * torch.arange(4.0)).sum() + s.prod()
loss.backward()
