"""The editor's list of function names (importable before numpy) agrees with the language's."""
from visualgrad.engine import FUNCTIONS
from visualgrad.lang.parser import _known_functions
from visualgrad.vocabulary import ENGINE_FUNCTIONS, LANGUAGE_FUNCTIONS


def test_the_editor_knows_exactly_the_engines_functions():
    assert ENGINE_FUNCTIONS == set(FUNCTIONS)


def test_every_highlighted_name_is_one_the_language_accepts():
    assert ENGINE_FUNCTIONS | LANGUAGE_FUNCTIONS <= set(_known_functions())
