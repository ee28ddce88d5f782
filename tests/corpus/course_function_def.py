# compare: w, b
import torch

def predict(x, w, b):
    return x @ w + b

def mse(a, b):
    return ((a - b) ** 2).mean()

X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = torch.tensor([1.0, 2.0, 3.0])
w = torch.tensor([0.1, 0.2], requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
loss = mse(predict(X, w, b), y)
loss.backward()
