# compare: x
# output: loss
import numpy as np
x = np.array([-2.0, -0.5, 1.0, 3.0])
y = np.where(x > 0, x, 0.01 * x)
loss = np.sum(y ** 2)
print(y)
