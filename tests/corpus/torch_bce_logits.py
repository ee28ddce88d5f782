# compare: z
import torch
import torch.nn.functional as F
z = torch.tensor([2.0, -1.0, 0.5], requires_grad=True)
y = torch.tensor([1.0, 0.0, 1.0])
loss = F.binary_cross_entropy_with_logits(z, y)
loss.backward()
