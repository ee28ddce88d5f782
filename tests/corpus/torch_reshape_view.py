# compare: x
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], requires_grad=True)
M = x.view(2, 3)
N = M.reshape(3, 2)
loss = (M @ N).sum()
loss.backward()
