# compare: x
import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
target = (x * 2).detach()
loss = ((x - target) ** 2).sum()
loss.backward()
