# compare: w
import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([0.3, -0.7]))
x = torch.tensor([1.0, 2.0])
loss = torch.sigmoid((w * x).sum())
loss.backward()
