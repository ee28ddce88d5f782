# expect: dW sign
# expect: db sign
# (y - y_hat) instead of (y_hat - y): the gradient of the negated loss.
import numpy as np

X = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, -1.0]])
Y = np.array([[1.0], [2.0], [0.5]])
W = np.array([[0.3], [0.7]])
b = np.array([[0.0]])
m = X.shape[0]

Yhat = X @ W + b
loss = np.mean((Yhat - Y) ** 2)
dW = 2 / m * X.T @ (Y - Yhat)
db = 2 / m * np.sum(Y - Yhat, axis=0, keepdims=True)
