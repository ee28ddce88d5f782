# compare: x
import torch
x = torch.tensor(3.0, requires_grad=True)
scale = x.item()
loss = scale * x ** 2
loss.backward()
print(loss.item())
