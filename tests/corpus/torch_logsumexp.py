# compare: x
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]], requires_grad=True)
loss = torch.logsumexp(x, dim=1).sum()
loss.backward()
