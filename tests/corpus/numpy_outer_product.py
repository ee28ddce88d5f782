# compare: u, v
# output: loss
import numpy as np
u = np.array([1.0, 2.0])
v = np.array([0.5, -1.0, 3.0])
M = np.outer(u, v)
loss = np.sum(M ** 2) + np.sum(np.dot(u, M))
print(M)
