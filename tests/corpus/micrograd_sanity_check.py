# compare: x
from micrograd.engine import Value
x = Value(-4.0)
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
xmg, ymg = x, y
print(ymg.data, xmg.grad)
