# compare: model.W1, model.W2
import torch
import torch.nn as nn

class TwoLayer(nn.Module):
    def __init__(self, W1, W2):
        super().__init__()
        self.W1 = nn.Parameter(W1)
        self.W2 = nn.Parameter(W2)

    def forward(self, x):
        h = torch.relu(x @ self.W1)
        return h @ self.W2

model = TwoLayer(torch.tensor([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]]), torch.tensor([[0.5], [-0.3], [0.8]]))
X = torch.tensor([[1.0, 2.0], [-1.0, 0.5], [0.3, 0.3]])
Y = torch.tensor([[1.0], [0.0], [0.5]])
loss = ((model(X) - Y) ** 2).mean()
loss.backward()
for name, p in model.named_parameters():
    print(name, tuple(p.shape))
