# compare: w, b, v
# RMSprop centered with momentum and weight decay on one parameter, Adagrad with lr_decay on another.
import torch

w = torch.tensor([0.5, -1.5, 2.0], requires_grad=True)
b = torch.tensor(0.1, requires_grad=True)
v = torch.tensor([[1.0, -0.5], [0.25, 2.0]], requires_grad=True)
x = torch.tensor([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]])
target = torch.tensor([1.0, -2.0])
opt1 = torch.optim.RMSprop([w, b], lr=0.01, alpha=0.9, momentum=0.5, centered=True, weight_decay=0.1)
opt2 = torch.optim.Adagrad([v], lr=0.1, lr_decay=0.01, initial_accumulator_value=0.2)
for step in range(6):
    opt1.zero_grad()
    opt2.zero_grad()
    pred = x @ w + b
    loss = ((pred - target) ** 2).mean() + (v @ v).sum() * 0.1
    loss.backward()
    opt1.step()
    opt2.step()
    print(step, round(loss.item(), 10))
