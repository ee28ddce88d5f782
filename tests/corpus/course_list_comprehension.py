# compare: ws
import torch
ws = torch.tensor([0.5, -0.5, 1.0], requires_grad=True)
xs = [1.0, 2.0, 3.0]
terms = [ws[i] * x for i, x in enumerate(xs)]
loss = sum(terms) ** 2
loss.backward()
