# compare: layer.weight, layer.bias
import torch
import torch.nn as nn
layer = nn.Linear(2, 1)
with torch.no_grad():
    layer.weight.copy_(torch.tensor([[0.3, -0.6]]))
    layer.bias.fill_(0.1)
model = nn.Sequential(layer, nn.Sigmoid())
X = torch.tensor([[1.0, 2.0], [2.0, 1.0]])
Y = torch.tensor([[1.0], [0.0]])
loss = nn.functional.binary_cross_entropy(model(X), Y)
loss.backward()
