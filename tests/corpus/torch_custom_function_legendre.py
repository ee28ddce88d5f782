# compare: a, b
# "Learning PyTorch with Examples": a torch.autograd.Function with its own forward and backward (LegendrePolynomial3).
import torch
import math


class LegendrePolynomial3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return 0.5 * (5 * input ** 3 - 3 * input)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * input ** 2 - 1)


x = torch.linspace(-math.pi, math.pi, 20)
y = torch.sin(x)
a = torch.full((), 0.0, requires_grad=True)
b = torch.full((), -1.0, requires_grad=True)
P3 = LegendrePolynomial3.apply
y_pred = a + b * P3(x)
loss = (y_pred - y).pow(2).sum()
loss.backward()
print(a.grad, b.grad)
