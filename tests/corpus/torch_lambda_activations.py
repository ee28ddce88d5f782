# compare: x, w
# A tutorial-style helper written as lambdas, one with a default, one capturing a weight.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
w = torch.tensor(0.5, requires_grad=True)
square = lambda t, p=2: t ** p
act = lambda t: torch.tanh(t * w)
loss = act(square(x)).sum()
loss.backward()
print(loss)
