# expect: dW factor 0.5 half
# expect: db factor 0.5 half
# Linear regression, the 2 of the square forgotten: a half-size gradient.
import numpy as np

X = np.array([[1.0, 2.0], [2.0, 0.5], [3.0, -1.0], [4.0, 1.5]])
y = np.array([[3.0], [2.5], [1.0], [6.0]])
W = np.array([[0.2], [-0.1]])
b = np.array([0.5])
m = len(X)

y_hat = X @ W + b
loss = np.mean((y_hat - y) ** 2)
dW = X.T @ (y_hat - y) / m
db = np.sum(y_hat - y) / m
