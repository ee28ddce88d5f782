# compare: A, v
import torch
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
v = torch.tensor([0.5, -1.0], requires_grad=True)
loss = torch.dot(torch.mv(A, v), v) + torch.mm(A, A).sum() + torch.outer(v, v).sum()
loss.backward()
