# compare: X
# output: loss
import numpy as np
X = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
m = X.shape[1]
first = X[0]
col = X[:, 2]
loss = (np.sum(first) + np.sum(col)) / m
print(m, first, col)
