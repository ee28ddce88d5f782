# compare: x
import torch
x = torch.ones(3).requires_grad_()
y = (x * torch.arange(3.0)).sum()
y.backward()
