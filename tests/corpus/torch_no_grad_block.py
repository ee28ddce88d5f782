# compare: w
import torch
w = torch.tensor(1.5, requires_grad=True)
with torch.no_grad():
    c = w * 10
loss = w * c
loss.backward()
