# compare: l1.weight, l1.bias, l2.weight, l2.bias
import torch
import torch.nn as nn
import torch.nn.functional as F
l1 = nn.Linear(2, 3)
l2 = nn.Linear(3, 1)
with torch.no_grad():
    l1.weight.copy_(torch.tensor([[0.5, -0.4], [0.3, 0.8], [-0.6, 0.2]]))
    l1.bias.copy_(torch.tensor([0.1, -0.1, 0.05]))
    l2.weight.copy_(torch.tensor([[0.7, -0.5, 0.3]]))
    l2.bias.fill_(0.0)
model = nn.Sequential(l1, nn.Tanh(), l2)
X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
losses = []
for epoch in range(6):
    opt.zero_grad()
    loss = F.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
print([round(v, 10) for v in losses])
