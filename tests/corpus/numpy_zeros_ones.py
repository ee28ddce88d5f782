# compare: W, b
# output: loss
import numpy as np
W = np.ones((2, 3))
b = np.zeros(3)
x = np.array([[1.0, 2.0]])
loss = np.sum((x @ (W * 0.5) + b) ** 2)
print(W.shape, b.shape)
