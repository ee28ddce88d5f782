# compare: a, b
# output: loss
import numpy as np
a = np.array([[1.0], [2.0], [3.0]])
b = np.array([0.5, -0.5])
table = a * b + a - b
loss = np.sum(table ** 2) / (table.shape[0] * table.shape[1])
print(table.shape)
