# compare: net.w, net.b
import torch
import torch.nn as nn

class Affine(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.tensor([[0.5, -0.2], [0.1, 0.4]]))
        self.b = nn.Parameter(torch.tensor([0.0, 0.1]))

    def forward(self, x):
        return torch.tanh(x @ self.w + self.b)

net = Affine()
x = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
loss = net(x).pow(2).sum()
loss.backward()
print(len(list(net.parameters())))
