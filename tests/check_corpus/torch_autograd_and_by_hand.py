# expect: dw equal
# expect: db factor 0.5 half
# The tutorial exercise "compare your gradient with autograd's": loss.backward() fixes the loss; the hand
# gradients are written after it, from detached values. db forgets the 2 of the square.
import torch

x = torch.tensor([1.0, 2.0, -1.0])
y = torch.tensor(0.5)
w = torch.tensor([0.5, -1.0, 0.25], requires_grad=True)
b = torch.tensor(0.1, requires_grad=True)

pred = (w * x).sum() + b
loss = (pred - y) ** 2
loss.backward()

err = (pred - y).detach()
dw = 2 * err * x
db = err
print(torch.allclose(dw, w.grad), torch.allclose(db, b.grad))
