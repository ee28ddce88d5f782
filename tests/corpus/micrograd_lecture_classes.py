# compare: n.w[0], n.w[1], n.b
from micrograd.engine import Value

class Neuron:
    def __init__(self, ws, b):
        self.w = [Value(v) for v in ws]
        self.b = Value(b)

    def __call__(self, x):
        act = sum((wi * xi for wi, xi in zip(self.w, x)), self.b)
        return act.tanh()

    def parameters(self):
        return self.w + [self.b]

n = Neuron([0.5, -0.25], 0.1)
out = n([2.0, 3.0])
loss = (out - 1.0) ** 2
loss.backward()
print(len(n.parameters()))
