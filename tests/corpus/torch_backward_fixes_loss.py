# compare: x
import torch
x = torch.tensor(3.0, requires_grad=True)
y = x ** 2
y.backward()
z = y * 3
print(z.item())
