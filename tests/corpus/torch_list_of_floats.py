# compare: w
import math
import torch
xs = [0.0, math.pi / 4, math.pi / 2]
ys = [0.0, 0.5, 1.0]
X = torch.tensor(xs)
Y = torch.tensor(ys)
w = torch.tensor(1.0, requires_grad=True)
loss = ((torch.sin(w * X) - Y) ** 2).sum()
loss.backward()
