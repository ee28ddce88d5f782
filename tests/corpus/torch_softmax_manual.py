# compare: z
import torch
z = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
p = torch.exp(z) / torch.exp(z).sum()
loss = -torch.log(p[2])
loss.backward()
