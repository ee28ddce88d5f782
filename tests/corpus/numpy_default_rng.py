# compare: W
# output: loss
import numpy as np
rng = np.random.default_rng(7)
W = rng.normal(0.0, 1.0, size=(2, 3))
x = np.array([1.0, 0.5, -0.5])
loss = np.sum(np.dot(W, x) ** 2)
print(W)
