# compare: v
# output: loss
import numpy as np
v = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
M = v.reshape(2, 3)
loss = np.sum(M @ M.T)
print(M.shape)
