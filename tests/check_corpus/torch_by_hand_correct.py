# expect: grad_y_pred equal
# expect: grad_w equal
# expect: grad_b equal
# Torch tensors, gradients by hand (no autograd), as in "PyTorch: Tensors" of the official tutorials.
import torch

x = torch.linspace(-1.0, 1.0, 5)
y = torch.sin(x)
w = torch.tensor(0.5)
b = torch.tensor(0.1)

for t in range(2):
    y_pred = w * x + b
    loss = (y_pred - y).pow(2).sum()
    grad_y_pred = 2.0 * (y_pred - y)
    grad_w = (grad_y_pred * x).sum()
    grad_b = grad_y_pred.sum()
    w -= 1e-2 * grad_w
    b -= 1e-2 * grad_b
