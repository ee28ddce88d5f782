# compare: v
# output: loss
import numpy as np
v = np.array([-2.0, 0.5, 3.0, 1.5])
loss = np.sum(np.clip(v, -1.0, 2.0)) + np.sum(np.sqrt(np.abs(v)))
print(f"{loss:.6f}")
