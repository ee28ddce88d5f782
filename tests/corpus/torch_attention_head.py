# compare: key.weight, query.weight, value.weight, x
# A single self-attention head, as Karpathy's GPT lecture builds it; the weights and the input are
# set to fixed numbers (random numbers would differ between visualgrad and PyTorch).
import torch
import torch.nn as nn
from torch.nn import functional as F
B, T, C = 2, 4, 8
x = torch.linspace(-2.0, 2.0, B * T * C).reshape(B, T, C).sin()
x.requires_grad_()
head_size = 4
key = nn.Linear(C, head_size, bias=False)
query = nn.Linear(C, head_size, bias=False)
value = nn.Linear(C, head_size, bias=False)
with torch.no_grad():
    key.weight.copy_(torch.linspace(-0.5, 0.5, head_size * C).reshape(head_size, C))
    query.weight.copy_(torch.linspace(-1.0, 1.0, head_size * C).reshape(head_size, C).cos())
    nn.init.constant_(value.weight, 0.25)
    value.weight[0].mul_(-2.0)
k = key(x)
q = query(x)
wei = q @ k.transpose(-2, -1) * head_size**-0.5
tril = torch.tril(torch.ones(T, T))
wei = wei.masked_fill(tril == 0, float('-inf'))
wei = F.softmax(wei, dim=-1)
v = value(x)
out = wei @ v
loss = out.pow(2).mean()
loss.backward()
print(out.shape)
print(round(wei[0, 1].sum().item(), 9), wei[1, 0, 1].item())
