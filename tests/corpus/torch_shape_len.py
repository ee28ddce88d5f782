# compare: x
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
n = x.shape[0] * x.size(1) + len(x) + x.numel()
loss = x.sum() / n
loss.backward()
print(n)
