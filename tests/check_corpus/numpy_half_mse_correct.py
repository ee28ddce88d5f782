# expect: dA equal
# expect: dW equal
# expect: db equal
# Andrew-Ng style: the loss is ½·MSE, so (A - Y)/m is exactly right.
import numpy as np

np.random.seed(1)
X = np.random.randn(2, 5)
Y = np.random.randn(1, 5)
W = np.random.randn(1, 2)
b = np.zeros((1, 1))
m = X.shape[1]

A = np.dot(W, X) + b
cost = 0.5 * np.mean((A - Y) ** 2)
dA = (A - Y) / m
dW = np.dot(dA, X.T)
db = np.sum(dA, axis=1, keepdims=True)
