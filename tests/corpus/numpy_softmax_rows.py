# compare: Z
# output: loss
import numpy as np
Z = np.array([[1.0, 2.0, 0.5], [0.1, -0.3, 2.2]])
E = np.exp(Z - np.max(Z, axis=1, keepdims=True))
P = E / np.sum(E, axis=1, keepdims=True)
loss = -np.mean(np.log(P[:, 0]))
print(P)
