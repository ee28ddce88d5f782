import torch

class Neuron:
    def __init__(self, ws, b):
        self.w = [torch.tensor(v, requires_grad=True) for v in ws]
        self.b = torch.tensor(b, requires_grad=True)

    def __call__(self, x):
        act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return act.tanh()

n = Neuron([0.5, -0.25], 0.1)
out = n([2.0, 3.0])
loss = (out - 1.0) ** 2
loss.backward()
