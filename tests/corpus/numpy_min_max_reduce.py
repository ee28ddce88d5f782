# compare: A
# output: loss
import numpy as np
A = np.array([[3.0, 1.0], [2.0, 5.0], [4.0, 0.5]])
loss = np.sum(np.max(A, axis=1)) - np.sum(np.min(A, axis=0)) + np.max(A)
print(np.max(A, axis=1), np.min(A, axis=0))
