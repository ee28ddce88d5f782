# compare: x1, w1, b
from micrograd.engine import Value
x1 = Value(2.0)
w1 = Value(-3.0)
b = Value(6.88)
n = x1 * w1 + b
e = (2 * n).exp()
o = (e - 1) / (e + 1)
o.backward()
