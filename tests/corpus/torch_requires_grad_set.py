# compare: x
import torch
x = torch.tensor([1.0, 2.0, 3.0])
x.requires_grad = True
y = (x ** 2).mean()
y.backward()
