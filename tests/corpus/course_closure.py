# compare: x
import torch


def make_layer(k):
    def layer(v):
        return torch.tanh(v * k)
    return layer


def scaled_sum(s):
    scale = s * 2
    return sum([v * scale for v in [1.0, 2.0]])


class Doubler:
    factor = 2.0

    def __call__(self, v):
        return v * self.factor


x = torch.tensor(0.5, requires_grad=True)
layers = [make_layer(k) for k in (1.0, 3.0)]
h = x
for f in layers:
    h = f(h)
y = h + scaled_sum(x) + Doubler()(x)
y.backward()
