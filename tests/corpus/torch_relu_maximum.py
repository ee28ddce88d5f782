# compare: x
import torch
x = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
loss = torch.maximum(x, torch.zeros(3)).sum() + torch.relu(x * 2).sum()
loss.backward()
