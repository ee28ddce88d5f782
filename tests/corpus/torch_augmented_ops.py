# compare: x
import torch
x = torch.tensor(1.5, requires_grad=True)
y = x * 2
y += x ** 2
y *= 3
y -= x
y /= 2
y.backward()
