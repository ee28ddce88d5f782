# compare: A, B
# output: loss
import numpy as np
A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
B = np.array([[0.5, -1.0], [1.5, 0.0], [2.0, 1.0]])
C = A.T @ A + B @ B.T
loss = np.sum(C) / 100
print(C.shape, np.sum(C))
