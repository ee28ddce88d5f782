import numpy as np


# Funcions d'activació i derivades
def sigmoid(z):
    return 1 / (1 + np.exp(-z))
def sigmoid_deriv(z):
    return sigmoid(z) * (1 - sigmoid(z))
# Inicialització de pesos
np.random.seed(42)
W1 = np.random.randn(2, 2)
b1 = np.zeros((2, 1))
W2 = np.random.randn(1, 2)
b2 = np.zeros((1, 1))
# Dades d'entrenament (XOR)
X = np.array([[0,0,1,1],[0,1,0,1]]) # entrades
Y = np.array([[0,1,1,0]]) # sortides reals
# Paràmetres
lr = 0.1
epochs = 10000
# Entrenament
for i in range(epochs):
    # Forward pass
    Z1 = np.dot(W1, X) + b1
    A1 = sigmoid(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
    # Càlcul de l'error
    m = X.shape[1]
    loss = np.mean((A2 - Y) ** 2)
    # Backpropagation
    dZ2 = (A2 - Y) * sigmoid_deriv(Z2)
    dW2 = (1/m) * np.dot(dZ2, A1.T)
    db2 = (1/m) * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * sigmoid_deriv(Z1)
    dW1 = (1/m) * np.dot(dZ1, X.T)
    db1 = (1/m) * np.sum(dZ1, axis=1, keepdims=True)
    # Actualització
    W1 -= lr * dW1
    b1 -= lr * db1
    W2 -= lr * dW2
    b2 -= lr * db2
    if i % 1000 == 0:
        print(f"Epoch {i}, Loss: {loss:.4f}")
# Resultats finals
print("Sortida final:")
print(A2)
