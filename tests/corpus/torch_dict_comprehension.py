# compare: w
# Features kept in a dict built by a comprehension, as notebooks name their intermediate results.
import torch

w = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
names = ["a", "b", "c"]
feats = {name: w[i] * (i + 1) for i, name in enumerate(names) if name != "c"}
loss = feats["a"] ** 2 + feats["b"] * w[2]
loss.backward()
print(sorted(feats))
