# compare: W
import torch
W = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)
loss = W[0, 1] * W[1, 2] + W[:, 0].sum() + W[1][0]
loss.backward()
