"""The editor's list of function names (importable before numpy) agrees with the language's."""
from visualgrad.engine import FUNCTIONS
from visualgrad.lang import build
from visualgrad.lang.builtins import PY_BUILTINS
from visualgrad.lang.plain import PLAIN_FUNCTIONS
from visualgrad.vocabulary import ENGINE_FUNCTIONS, LANGUAGE_FUNCTIONS


def test_the_editor_knows_exactly_the_engines_functions():
    assert ENGINE_FUNCTIONS == set(FUNCTIONS)


def test_every_highlighted_name_is_one_the_language_accepts():
    assert ENGINE_FUNCTIONS | LANGUAGE_FUNCTIONS <= set(PLAIN_FUNCTIONS) | set(PY_BUILTINS)


def test_every_highlighted_function_runs_in_the_math_style_language():
    for name in sorted(ENGINE_FUNCTIONS - {"dot", "matmul", "mm", "maximum", "minimum", "max", "min"}):
        b = build(f"L = {name}(x) * 1", {"x": 0.5})
        assert b.output is not None, name
