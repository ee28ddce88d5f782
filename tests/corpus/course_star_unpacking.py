# compare: a, b
import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
parts = [a * 2, b * 3]
both = torch.cat([*parts, a * b])
first, *rest = both.tolist()
loss = both.sum() * first
loss.backward()
print(rest)
