# compare: W1, b1, W2, b2
# output: loss
import numpy as np
np.random.seed(0)
X = np.random.randn(4, 3)
Y = np.random.randn(4, 1)
W1 = np.random.randn(3, 5)
b1 = np.zeros((1, 5))
W2 = np.random.randn(5, 1)
b2 = np.zeros((1, 1))
H = np.maximum(0, np.dot(X, W1) + b1)
out = np.dot(H, W2) + b2
loss = np.mean((out - Y) ** 2)
print(round(float(loss), 8))
