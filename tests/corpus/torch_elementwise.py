# compare: x
import torch
x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
y = torch.sin(x) * torch.cos(x) + torch.sqrt(x) + torch.log1p(x) + x.abs() + torch.tanh(x) + torch.sigmoid(x)
loss = y.sum()
loss.backward()
