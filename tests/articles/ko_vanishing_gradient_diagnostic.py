import torch
import torch.nn as nn


class DeepSig(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(*[
            nn.Sequential(nn.Linear(64, 64), nn.Sigmoid())
            for _ in range(50)
        ])
        self.head = nn.Linear(64, 1)
    def forward(self, x):
        return self.head(self.layers(x))

m = DeepSig()
x = torch.randn(8, 64)
y = m(x).sum()
y.backward()

first = list(m.layers[0][0].parameters())[0].grad.norm().item()
last  = list(m.layers[-1][0].parameters())[0].grad.norm().item()
print(f"first-layer grad norm: {first:.6f}")
print(f"last-layer grad norm:  {last:.6f}")
