# compare: pred
import torch
import torch.nn.functional as F
pred = torch.tensor([0.5, 1.5, 2.0, 4.0], requires_grad=True)
target = torch.tensor([1.0, 1.0, 3.0, 3.5])
loss = F.l1_loss(pred, target)
loss.backward()
