# compare: v
import torch
v = torch.tensor([3.0, -4.0, 1.0], requires_grad=True)
loss = v.norm() + torch.clamp(v, min=-1.0, max=2.0).sum()
loss.backward()
