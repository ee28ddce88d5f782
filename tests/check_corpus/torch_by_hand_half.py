# expect: grad_y_pred factor 0.5 half
# expect: grad_a factor 0.5 half
# expect: grad_c factor 0.5 half
# The same tutorial's polynomial fit with the 2 of (y_pred - y)**2 forgotten.
import torch

x = torch.linspace(-3.0, 3.0, 7)
y = torch.sin(x)
a = torch.tensor(0.1)
c = torch.tensor(-0.2)

y_pred = a + c * x
loss = (y_pred - y).pow(2).sum()
grad_y_pred = y_pred - y
grad_a = grad_y_pred.sum()
grad_c = (grad_y_pred * x).sum()
