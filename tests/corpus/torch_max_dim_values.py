# compare: x
import torch
x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 3.0, 0.0]], requires_grad=True)
values, indices = torch.max(x, 0)
loss = values.sum()
loss.backward()
print(indices.tolist())
