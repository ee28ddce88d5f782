# compare: a, b
from micrograd.engine import Value
a = Value(0.7)
b = Value(-1.2)
h = (a * b + 1).relu()
k = (a - b).relu() * h + (b * 3).relu()
k.backward()
