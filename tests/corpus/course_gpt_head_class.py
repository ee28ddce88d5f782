# compare: x, head.key.weight, head.query.weight, head.value.weight
# The GPT lecture's Head class as written: a causal mask kept with register_buffer, masked_fill with -inf, softmax.
import torch
import torch.nn as nn
from torch.nn import functional as F

block_size, n_embd, head_size, dropout = 4, 8, 4, 0.0


class Head(nn.Module):
    """ one head of self-attention """

    def __init__(self, head_size):
        super().__init__()
        self.key = nn.Linear(n_embd, head_size, bias=False)
        self.query = nn.Linear(n_embd, head_size, bias=False)
        self.value = nn.Linear(n_embd, head_size, bias=False)
        self.register_buffer('tril', torch.tril(torch.ones(block_size, block_size)))
        self.dropout = nn.Dropout(dropout)

    def forward(self, x):
        B, T, C = x.shape
        k = self.key(x)   # (B,T,hs)
        q = self.query(x)  # (B,T,hs)
        wei = q @ k.transpose(-2, -1) * k.shape[-1]**-0.5  # (B, T, hs) @ (B, hs, T) -> (B, T, T)
        wei = wei.masked_fill(self.tril[:T, :T] == 0, float('-inf'))  # (B, T, T)
        wei = F.softmax(wei, dim=-1)  # (B, T, T)
        wei = self.dropout(wei)
        v = self.value(x)  # (B,T,hs)
        out = wei @ v  # (B, T, T) @ (B, T, hs) -> (B, T, hs)
        return out


head = Head(head_size)
with torch.no_grad():
    for i, p in enumerate(head.parameters()):
        p.copy_(torch.linspace(-1.0, 1.0, p.numel()).reshape(p.shape) * (i + 1) / 3)
x = torch.linspace(-2.0, 2.0, 2 * 3 * n_embd).reshape(2, 3, n_embd).requires_grad_()
out = head(x)
loss = (out ** 2).mean()
loss.backward()
print(out.shape, [n for n, _ in head.named_buffers()], len(list(head.parameters())))
print(loss)
