# compare: w
import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
for k in range(3):
    loss = (w * w).sum() * (k + 1)
    loss.backward()
    if k < 2:
        w.grad.zero_()
