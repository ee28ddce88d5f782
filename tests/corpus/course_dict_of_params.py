# compare: params["w"], params["b"]
import torch
params = {"w": torch.tensor(0.7, requires_grad=True), "b": torch.tensor(-0.2, requires_grad=True)}
x = torch.tensor([1.0, 2.0, 3.0])
out = params["w"] * x + params["b"]
loss = out.pow(2).sum()
loss.backward()
for name in params:
    print(name)
