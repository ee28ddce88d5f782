# compare: M
# output: loss
import numpy as np
M = np.array([[1.0, 4.0, 2.0], [3.0, 0.5, 6.0]])
col_max = np.max(M, 0)
row_sum = np.sum(M, axis=1, keepdims=True)
loss = np.sum(col_max) + np.mean(M / row_sum)
print(col_max, row_sum.shape)
