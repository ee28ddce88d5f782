# expect: dP equal
# expect: dW2 equal
# expect: db2 equal
# expect: dH equal
# expect: dZ equal
# expect: dW1 equal
# expect: db1 equal
# The same regression with updates written W1 = W1 - 0.1 * dW1 (no -=): still checked, all equal.
import numpy as np

np.random.seed(0)
X = np.random.randn(6, 3)
Y = np.random.randn(6, 1)
W1 = np.random.randn(3, 4) * 0.5
b1 = np.zeros(4)
W2 = np.random.randn(4, 1) * 0.5
b2 = np.zeros(1)
m = X.shape[0]

for epoch in range(3):
    Z = X @ W1 + b1
    H = np.maximum(Z, 0)
    P = H @ W2 + b2
    loss = np.mean((P - Y) ** 2)

    dP = 2 * (P - Y) / m
    dW2 = H.T @ dP
    db2 = dP.sum(axis=0)
    dH = dP @ W2.T
    dZ = dH * (Z > 0)
    dW1 = X.T @ dZ
    db1 = dZ.sum(axis=0)

    W1 = W1 - 0.1 * dW1
    b1 = b1 - 0.1 * db1
    W2 = W2 - 0.1 * dW2
    b2 = b2 - 0.1 * db2
    print(f"epoch {epoch}: loss {loss:.5f}")
