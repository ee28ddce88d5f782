# compare: x, w
# "Extending PyTorch": a Function of two tensors and a number, ctx attributes, needs_input_grad, a None
# gradient for the number, and the Function used twice in one graph (x reaches the loss through both).
import torch
from torch.autograd import Function


class ScaledMul(Function):
    @staticmethod
    def forward(ctx, a, b, scale):
        ctx.save_for_backward(a, b)
        ctx.scale = scale
        return a * b * scale

    @staticmethod
    def backward(ctx, grad_output):
        a, b = ctx.saved_tensors
        grad_a = grad_b = None
        if ctx.needs_input_grad[0]:
            grad_a = grad_output * b * ctx.scale
        if ctx.needs_input_grad[1]:
            grad_b = grad_output * a * ctx.scale
        return grad_a, grad_b, None


class Clamp01(torch.autograd.Function):
    """A straight-through estimator: forward clamps, backward lets the gradient through unchanged."""

    @staticmethod
    def forward(ctx, v):
        return v.clamp(0.0, 1.0)

    @staticmethod
    def backward(ctx, g):
        return g


x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
w = torch.tensor([1.5, 0.25, -2.0], requires_grad=True)
c = torch.tensor([3.0, 3.0, 3.0])
h = ScaledMul.apply(x, w, 2.0)
k = ScaledMul.apply(h, c, 0.5)
loss = (Clamp01.apply(k + x) ** 2).sum() + k.sum()
loss.backward()
print(loss)
