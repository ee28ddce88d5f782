# compare: P, T
# output: loss
import numpy as np
P = np.array([[0.2, 0.8], [0.6, 0.4], [0.9, 0.1]])
T = np.array([[0.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
per_row = np.mean((P - T) ** 2, axis=1)
loss = np.mean(per_row)
print(per_row)
