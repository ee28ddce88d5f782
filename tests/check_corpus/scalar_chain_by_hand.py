# expect: dL_da equal
# expect: dL_dz equal
# expect: dL_dx equal
# expect: dL_dw factor 2 double
# One neuron by hand, micrograd-lecture style, on torch scalars without autograd; dL_dw keeps a 2
# that the loss (½ of a square) does not have.
import torch

x = torch.tensor(2.0)
w = torch.tensor(-0.5)
b = torch.tensor(0.3)
target = 1.0

z = w * x + b
a = torch.tanh(z)
L = 0.5 * (a - target) ** 2

dL_da = a - target
dL_dz = dL_da * (1 - a ** 2)
dL_dx = dL_dz * w
dL_dw = 2 * dL_dz * x
