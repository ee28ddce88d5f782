# compare: z
import torch
import torch.nn.functional as F
z = torch.tensor([[0.2, 0.7, -1.0], [1.5, 0.1, 0.3]], requires_grad=True)
loss = F.nll_loss(F.log_softmax(z, dim=1), torch.tensor([2, 0]))
loss.backward()
