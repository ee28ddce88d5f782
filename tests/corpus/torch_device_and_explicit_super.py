# compare: net.fc1.weight, net.fc1.bias, net.fc2.weight
# An older tutorial's spelling: super(Net, self).__init__(), a device chosen by torch.cuda.is_available(),
# tensors and the model moved .to(device), an evaluation under torch.inference_mode().
import torch
import torch.nn as nn
import torch.nn.functional as F

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc2(F.relu(self.fc1(x)))


net = Net().to(device)
with torch.no_grad():
    nn.init.constant_(net.fc1.weight, 0.25)
    net.fc1.bias.fill_(-0.1)
    nn.init.constant_(net.fc2.weight, -0.5)
    net.fc2.bias.zero_()
    net.fc1.weight[0, 1] = -0.75
x = torch.tensor([[1.0, 2.0, -1.0], [0.5, -0.5, 2.0]], device=device)
target = torch.tensor([1, 0]).to(device)
loss = F.cross_entropy(net(x), target)
loss.backward()
with torch.inference_mode():
    scores = net(x)
print(scores.requires_grad, device)
print(loss)
