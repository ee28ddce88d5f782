import torch
w11, w12, w21, w22 = (torch.tensor(v, requires_grad=True) for v in (0.1, -0.3, 0.5, 0.2))
v1, v2 = torch.tensor(0.7, requires_grad=True), torch.tensor(-0.4, requires_grad=True)
xs = [[1.0, 2.0], [-1.0, 0.5]]
ys = [1.0, -1.0]
loss = torch.tensor(0.0)
for x, y in zip(xs, ys):
    h1 = (w11 * x[0] + w12 * x[1]).tanh()
    h2 = (w21 * x[0] + w22 * x[1]).tanh()
    out = (v1 * h1 + v2 * h2).tanh()
    loss = loss + (out - y) ** 2
loss.backward()
