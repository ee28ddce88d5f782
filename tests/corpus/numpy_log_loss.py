# compare: w
# output: loss
import numpy as np
X = np.array([[1.0, 2.0], [2.0, -1.0], [-1.5, 0.5]])
y = np.array([1.0, 0.0, 1.0])
w = np.array([0.3, -0.2])
p = 1 / (1 + np.exp(-(X @ w)))
loss = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
print(round(float(loss), 10))
