# expect: dw factor 0.25 extra_mean:4
# expect: db factor 0.25 extra_mean:4
# The loss is a SUM of squared errors, but the hand gradient divides by m as if it were a mean.
import numpy as np

x = np.array([0.5, -1.0, 2.0, 1.5])
y = np.array([1.0, 0.0, 3.0, 2.0])
w = np.array([0.8])
b = np.array([0.1])
N = 4

pred = w * x + b
L = np.sum((pred - y) ** 2)
dw = np.sum(2 * (pred - y) * x) / N
db = np.sum(2 * (pred - y)) / N
