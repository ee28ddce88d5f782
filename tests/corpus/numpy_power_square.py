# compare: x
# output: loss
import numpy as np
x = np.array([1.0, 2.0, 3.0])
loss = np.sum(np.square(x)) + np.sum(np.power(x, 3)) + np.sum(x ** 0.5)
print(loss)
