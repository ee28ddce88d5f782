# compare: z
import torch
z = torch.tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]], requires_grad=True)
p = torch.softmax(z, dim=1)
loss = (p * torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])).sum()
loss.backward()
