# expect: dW1 transposed
# expect: dZ2 equal
# expect: dW2 equal
# expect: dA1 equal
# expect: dZ1 equal
# The first layer's gradient written as dZ1.T @ X: the right numbers, transposed.
import numpy as np

np.random.seed(7)
X = np.random.randn(5, 3)
Y = np.random.randn(5, 2)
W1 = np.random.randn(3, 4)
W2 = np.random.randn(4, 2)
m = X.shape[0]

Z1 = X @ W1
A1 = np.tanh(Z1)
Z2 = A1 @ W2
loss = np.sum((Z2 - Y) ** 2) / (2 * m)

dZ2 = (Z2 - Y) / m
dW2 = A1.T @ dZ2
dA1 = dZ2 @ W2.T
dZ1 = dA1 * (1 - A1 ** 2)
dW1 = dZ1.T @ X
