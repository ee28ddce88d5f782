import torch
w = torch.tensor(0.5, requires_grad=True)
data = [(1.0, 2.0), (2.0, 3.5), (3.0, 6.5)]
loss = torch.tensor(0.0)
for x, y in data:
    pred = w * x
    loss = loss + (pred - y) ** 2
loss.backward()
