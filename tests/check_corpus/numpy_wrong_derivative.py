# expect: dZ2 equal
# expect: dW2 equal
# expect: dZ1 different
# expect: dW1 different
# A sigmoid network whose hidden layer's derivative is written as sigmoid(z) instead of s·(1 − s).
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

np.random.seed(5)
X = np.random.randn(3, 4)
Y = np.array([[1.0, 0.0, 1.0, 0.0]])
W1 = np.random.randn(2, 3)
W2 = np.random.randn(1, 2)
m = X.shape[1]

Z1 = W1 @ X
A1 = sigmoid(Z1)
Z2 = W2 @ A1
A2 = sigmoid(Z2)
loss = -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))

dZ2 = (A2 - Y) / m
dW2 = dZ2 @ A1.T
dZ1 = (W2.T @ dZ2) * sigmoid(Z1)
dW1 = dZ1 @ X.T
