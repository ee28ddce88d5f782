# compare: W
import torch
W = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
G = (W @ W.T).sum() + (W.t() @ W @ torch.ones(3, 2)).sum()
loss = G.sum()
loss.backward()
