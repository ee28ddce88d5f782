# compare: x
import torch
x = torch.tensor(2.0, requires_grad=True)
use_square = True
if use_square:
    y = x ** 2
else:
    y = x ** 3
if y.item() > 3:
    y = y * 2
y.backward()
