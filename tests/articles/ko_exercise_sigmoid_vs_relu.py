import torch
import torch.nn as nn


class Deep(nn.Module):
    def __init__(self, act):
        super().__init__()
        self.layers = nn.Sequential(*[
            nn.Sequential(nn.Linear(64, 64), act())
            for _ in range(30)
        ])
        self.head = nn.Linear(64, 1)
    def forward(self, x):
        return self.head(self.layers(x))

torch.manual_seed(0)
x = torch.randn(8, 64)
for name, act in [("sigmoid", nn.Sigmoid), ("relu", nn.ReLU)]:
    m = Deep(act)
    m(x).sum().backward()
    first = list(m.layers[0][0].parameters())[0].grad.norm().item()
    last  = list(m.layers[-1][0].parameters())[0].grad.norm().item()
    print(f"{name}: first {first:.6f}, last {last:.6f}, ratio {first / last:.2e}")
