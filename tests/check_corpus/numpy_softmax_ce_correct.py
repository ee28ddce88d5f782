# expect: dlogits equal
# expect: dW equal
# expect: db equal
# loss: loss
# Softmax regression with cross-entropy, the course formula (P - onehot) / m.
import numpy as np

rng = np.random.default_rng(0)
X = rng.normal(size=(4, 3))
labels = np.array([0, 2, 1, 2])
W = rng.normal(size=(3, 3)) * 0.1
b = np.zeros(3)
m = X.shape[0]

logits = X @ W + b
shifted = logits - np.max(logits, axis=1, keepdims=True)
P = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
onehot = np.eye(3)[labels]
loss = -np.sum(onehot * np.log(P)) / m

dlogits = (P - onehot) / m
dW = X.T @ dlogits
db = dlogits.sum(axis=0)
