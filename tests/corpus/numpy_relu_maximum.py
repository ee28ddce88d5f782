# compare: x
# output: loss
import numpy as np
x = np.array([-1.0, 0.25, 2.0, -0.5])
r = np.maximum(x, 0)
loss = np.sum(r * x) + np.sum(np.minimum(x, 0.0))
print(r)
