"""Check my backprop: each hand-written gradient of a program against autograd's.

verdict.py compares two arrays, names.py pairs `dW2` with `W2`, findings.py does both for a program's
variables, autograd.py computes the gradients a program's arrays would get as tensors that require grad,
program.py runs a program and gathers all that, words.py says it. No Qt.
"""
from .findings import Finding, check_arrays
from .names import gradient_of, match
from .verdict import DIFFERENT, EQUAL, FACTOR, SIGN, TRANSPOSED, VERDICTS, Verdict, compare

__all__ = ["Finding", "check_arrays", "gradient_of", "match", "compare", "Verdict", "VERDICTS",
           "EQUAL", "FACTOR", "TRANSPOSED", "SIGN", "DIFFERENT"]
