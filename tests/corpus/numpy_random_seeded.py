# compare: W
# output: loss
import numpy as np
np.random.seed(42)
W = np.random.randn(2, 2)
x = np.random.rand(2)
loss = np.sum(np.dot(W, x) ** 2)
print(W)
print(x)
