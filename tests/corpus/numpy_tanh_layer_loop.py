# compare: W, h0
# output: loss
import numpy as np
W = np.array([[0.5, -0.4], [0.3, 0.8]])
h0 = np.array([1.0, -1.0])
h = h0
for t in range(3):
    h = np.tanh(np.dot(W, h))
loss = np.sum(h ** 2)
print(h)
