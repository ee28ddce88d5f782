# compare: w, b
# output: loss
import numpy as np
x = np.array([0.5, -1.0, 2.0])
w = np.array([0.1, 0.2, -0.3])
b = np.array(0.05)
z = np.dot(w, x) + b
a = np.tanh(z)
loss = (a - 1.0) ** 2
print(f"{loss:.6f}")
