# compare: w
import torch
w = torch.tensor([2.0, -1.0], requires_grad=True)
x = torch.tensor([1.0, 3.0])
loss = ((w * x).sum() - 1.0) ** 2
loss.backward()
accuracy = (w * x > 0).float().mean()
print(accuracy.item())
