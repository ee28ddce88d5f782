# compare: W, b
# output: loss
import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([[0.0], [1.0], [1.0], [1.0]])
W = np.array([[0.4], [-0.3]])
b = np.array([[0.1]])
A = sigmoid(X @ W + b)
loss = np.mean((A - Y) ** 2)
print(A)
