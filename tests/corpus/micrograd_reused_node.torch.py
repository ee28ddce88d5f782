import torch
a = torch.tensor(3.0, requires_grad=True)
b = a + a
c = b * a
c.backward()
