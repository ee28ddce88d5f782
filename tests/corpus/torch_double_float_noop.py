# compare: x
import torch
x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
y = (x.double() * 3).float().to(torch.float64)
loss = y.pow(2).sum()
loss.backward()
