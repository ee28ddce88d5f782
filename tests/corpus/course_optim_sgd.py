# compare: w
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.05)
x = torch.tensor([2.0, 1.0])
for i in range(10):
    opt.zero_grad()
    loss = ((w * x).sum() - 3.0) ** 2
    loss.backward()
    opt.step()
loss = ((w * x).sum() - 3.0) ** 2
opt.zero_grad()
loss.backward()
