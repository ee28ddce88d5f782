import torch
w0, w1, w2 = (torch.tensor(v, requires_grad=True) for v in (0.1, -0.2, 0.3))
ws = [w0, w1, w2]
xs = [1.0, 2.0, 3.0]
act = sum((wi * xi for wi, xi in zip(ws, xs)), torch.tensor(0.5))
out = act.tanh()
out.backward()
