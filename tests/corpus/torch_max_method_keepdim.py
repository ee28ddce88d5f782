# compare: x
import torch
x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 3.0, 0.0]], requires_grad=True)
m = x.max(dim=1, keepdim=True).values
loss = (x - m).exp().sum()
loss.backward()
