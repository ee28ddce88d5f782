# expect: dZ2 equal
# expect: dW2 equal
# expect: db2 equal
# expect: dZ1 equal
# expect: dW1 factor 0.25 extra_mean:4
# expect: db1 equal
# The deep-learning-course style: parameters, cache and grads in dicts, functions for each pass,
# cross-entropy cost. dW1 divides by m twice.
import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    cache = {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}
    return A2, cache

def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = (A2 - Y) / m
    dW2 = np.dot(dZ2, A1.T)
    db2 = np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - np.power(A1, 2))
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True)
    return {"dZ2": dZ2, "dW1": dW1, "db1": db1, "dZ1": dZ1, "dW2": dW2, "db2": db2}

np.random.seed(2)
X = np.random.randn(2, 4)
Y = np.array([[1, 0, 0, 1]])
parameters = {"W1": np.random.randn(3, 2) * 0.01, "b1": np.zeros((3, 1)),
              "W2": np.random.randn(1, 3) * 0.01, "b2": np.zeros((1, 1))}

A2, cache = forward_propagation(X, parameters)
m = Y.shape[1]
cost = -np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m
grads = backward_propagation(parameters, cache, X, Y)
