# compare: w0, w1, w2
from micrograd.engine import Value
w0, w1, w2 = Value(0.1), Value(-0.2), Value(0.3)
ws = [w0, w1, w2]
xs = [1.0, 2.0, 3.0]
act = sum((wi * xi for wi, xi in zip(ws, xs)), Value(0.5))
out = act.tanh()
out.backward()
