# compare: x
import torch
x = torch.tensor(0.5, requires_grad=True)
y = x
k = 0
while k < 4:
    y = y * x + 1
    k += 1
y.backward()
