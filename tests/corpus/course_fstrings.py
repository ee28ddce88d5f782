# compare: x
import torch
x = torch.tensor([0.25, 0.5], requires_grad=True)
y = torch.exp(x).sum()
y.backward()
print(f"y = {y.item():.5f}, grads = {x.grad[0].item():.5f}, {x.grad[1].item():.5f}")
print("epoch %d loss %.5f" % (3, y.item()))
print("y = %s" % round(y.item(), 3))
