# compare: tok.weight, pos.weight, block.ln1.weight, block.ln1.bias, block.ffwd[0].weight, block.ffwd[2].bias, ln_f.weight, ln_f.bias, head.weight
import torch
import torch.nn as nn
import torch.nn.functional as F

# the GPT lecture's pieces: token and position embeddings, a pre-norm residual block, a final LayerNorm
vocab_size, n_embd, block_size = 7, 4, 3


class FeedForward(nn.Module):
    def __init__(self, n_embd):
        super().__init__()
        self.ln1 = nn.LayerNorm(n_embd)
        self.ffwd = nn.Sequential(nn.Linear(n_embd, 4 * n_embd), nn.ReLU(), nn.Linear(4 * n_embd, n_embd))

    def forward(self, x):
        return x + self.ffwd(self.ln1(x))


tok = nn.Embedding(vocab_size, n_embd)
pos = nn.Embedding(block_size, n_embd)
block = FeedForward(n_embd)
ln_f = nn.LayerNorm(n_embd)
head = nn.Linear(n_embd, vocab_size)
with torch.no_grad():
    tok.weight.copy_(torch.cos(torch.arange(28.0) * 0.9).reshape(7, 4))
    pos.weight.copy_(0.5 * torch.sin(torch.arange(12.0)).reshape(3, 4))
    block.ffwd[0].weight.copy_(0.4 * torch.sin(torch.arange(64.0) * 0.37).reshape(16, 4))
    block.ffwd[0].bias.copy_(0.1 * torch.cos(torch.arange(16.0)))
    block.ffwd[2].weight.copy_(0.3 * torch.cos(torch.arange(64.0) * 0.53).reshape(4, 16))
    block.ffwd[2].bias.fill_(0.05)
    head.weight.copy_(0.5 * torch.sin(torch.arange(28.0) * 1.1).reshape(7, 4))
    head.bias.fill_(0.0)
print(block)
print(ln_f, tok)
params = list(tok.parameters()) + list(pos.parameters()) + list(block.parameters()) + list(ln_f.parameters()) \
    + list(head.parameters())
print([n for n, p in block.named_parameters()])
opt = torch.optim.SGD(params, lr=0.5)

idx = torch.tensor([[1, 5, 2], [6, 0, 3]])
targets = torch.tensor([[5, 2, 4], [0, 3, 3]])
for step in range(3):
    B, T = idx.shape
    x = tok(idx) + pos(torch.arange(T))
    x = block(x)
    logits = head(ln_f(x))
    B, T, C = logits.shape
    loss = F.cross_entropy(logits.view(B * T, C), targets.view(B * T))
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 10))
print(ln_f.normalized_shape, ln_f.eps, ln_f.elementwise_affine, tok.num_embeddings, tok.embedding_dim)
