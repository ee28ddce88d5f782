# compare: w
import torch
w = torch.tensor(0.5, requires_grad=True)
xs = [1.0, 2.0, 3.0]
ys = [2.0, 4.1, 5.9]
total = 0
for x, y in zip(xs, ys):
    total = total + (w * x - y) ** 2
loss = total / len(xs)
loss.backward()
print(f"{loss.item():.6f}")
