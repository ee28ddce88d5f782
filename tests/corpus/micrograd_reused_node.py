# compare: a
from micrograd.engine import Value
a = Value(3.0)
b = a + a
c = b * a
c.backward()
