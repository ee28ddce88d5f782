# compare: a, b
from micrograd.engine import Value
a = Value(1.5)
b = Value(-0.5)
c = a / b + b ** 2 - a ** -1
c.backward()
