# compare: x
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
loss = x.sum(dim=0).prod() + x.mean() + x.min()
loss.backward()
