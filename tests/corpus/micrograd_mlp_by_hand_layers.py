# compare: w11, w12, w21, w22, v1, v2
from micrograd.engine import Value
w11, w12, w21, w22 = Value(0.1), Value(-0.3), Value(0.5), Value(0.2)
v1, v2 = Value(0.7), Value(-0.4)
xs = [[1.0, 2.0], [-1.0, 0.5]]
ys = [1.0, -1.0]
loss = Value(0.0)
for x, y in zip(xs, ys):
    h1 = (w11 * x[0] + w12 * x[1]).tanh()
    h2 = (w21 * x[0] + w22 * x[1]).tanh()
    out = (v1 * h1 + v2 * h2).tanh()
    loss += (out - y) ** 2
loss.backward()
print(f"{loss.data:.6f}")
