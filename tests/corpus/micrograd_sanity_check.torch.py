import torch
x = torch.tensor([-4.0], dtype=torch.double, requires_grad=True)
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
