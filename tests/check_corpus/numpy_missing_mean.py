# expect: grad_W factor 8 no_mean:8
# expect: grad_b factor 8 no_mean:8
# Logistic regression, binary cross-entropy averaged over 8 examples; the hand gradient forgets the 1/m.
import numpy as np

rng = np.random.default_rng(3)
X = rng.normal(size=(8, 3))
y = (rng.random((8, 1)) > 0.5).astype(float)
W = rng.normal(size=(3, 1)) * 0.1
b = np.zeros((1, 1))

z = X @ W + b
p = 1 / (1 + np.exp(-z))
loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
grad_W = X.T @ (p - y)
grad_b = np.sum(p - y, axis=0, keepdims=True)
