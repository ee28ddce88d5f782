# compare: w
import torch
w = torch.tensor([0.0, 0.0], requires_grad=True)
X = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = torch.tensor([1.0, -1.0, 0.0])
losses = []
for step in range(30):
    loss = ((X @ w - y) ** 2).sum()
    losses.append(loss.item())
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad = None
loss = ((X @ w - y) ** 2).sum()
loss.backward()
print(f"{losses[0]:.4f} {losses[-1]:.6f}")
