import torch
a = torch.tensor(2.0, requires_grad=True)
b = a * a
b.backward()
c = a * 3
c.backward()
