# compare: z
# output: loss
import numpy as np
z = np.array([0.5, 1.5, -0.5])
loss = np.log(np.sum(np.exp(z))) - z[0]
print(f"{loss:.8f}")
