# compare: x
import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, -0.5, 0.5, 3.0], requires_grad=True)
y = F.relu(x) + F.leaky_relu(x, 0.1) + F.gelu(x) + F.softplus(x)
loss = y.sum()
loss.backward()
