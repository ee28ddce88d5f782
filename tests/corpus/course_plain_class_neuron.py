# compare: n.w, n.b
import torch

class Neuron:
    def __init__(self, w, b):
        self.w = torch.tensor(w, requires_grad=True)
        self.b = torch.tensor(b, requires_grad=True)

    def __call__(self, x):
        return torch.tanh((self.w * x).sum() + self.b)

    def parameters(self):
        return [self.w, self.b]

n = Neuron([0.5, -1.0, 0.25], 0.1)
x = torch.tensor([1.0, 2.0, 3.0])
out = n(x)
loss = (out - 1.0) ** 2
loss.backward()
print(len(n.parameters()))
