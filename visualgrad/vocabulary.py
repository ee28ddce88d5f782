"""The names the language knows, for the editor's highlighting: importable without numpy or the engine.

The engine defines its functions with its ops (engine/ops.py: FUNCTIONS); the app's editor needs the
names before the engine loads, because the window paints before numpy is imported.
tests/test_lang_errors.py checks that the two lists agree.
"""
ENGINE_FUNCTIONS = frozenset({
    "abs", "cos", "dot", "exp", "ln", "log", "matmul", "max", "maximum", "mean", "min", "minimum", "mm",
    "relu", "sigmoid", "sin", "sqrt", "sum", "tanh", "transpose",
})
# Calls the language adds on top of the ops (lang/parser.py) and the ways to make a leaf.
LANGUAGE_FUNCTIONS = frozenset({"pow", "square", "tensor", "param", "parameter", "Parameter"})
