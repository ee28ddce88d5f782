# compare: pred
import torch
import torch.nn.functional as F
pred = torch.tensor([[0.5, 1.5], [2.0, -1.0]], requires_grad=True)
target = torch.tensor([[1.0, 1.0], [3.0, 0.0]])
loss = F.mse_loss(pred, target, reduction="sum")
loss.backward()
