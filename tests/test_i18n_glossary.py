"""One term per concept in every language: each glossary term maps to its one chosen translation.

The glossaries (tools/i18n/glossary/<code>.tsv) follow each language's article: the Korean one keeps
the English terms its article keeps (gradient, layer, loss, chain rule), the Dutch one says "schuld"
for blame, and so on. A message whose English names a term must use the chosen word, and no message
may use a word the glossary rules out.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools" / "i18n"))
from extract import LANGUAGES, read_ts, ts_path  # noqa: E402


def glossary(code: str) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in (ROOT / "tools" / "i18n" / "glossary" / f"{code}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, chosen, banned = (line.split("\t") + ["", ""])[:3]
        rows.append((term, chosen, [b for b in banned.split("|") if b]))
    return rows


def finished(code: str):
    return [e for e in read_ts(ts_path(code)) if e.kind == "" and e.translation]


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_glossary_term_has_its_one_translation(code):
    wrong = []
    for term, chosen, _ in glossary(code):
        pattern = re.compile(r"\b" + term + r"\b", re.IGNORECASE)
        for e in finished(code):
            if pattern.search(e.source) and chosen.lower() not in e.translation.lower():
                wrong.append(f"{e.context} | {e.source!r} -> {e.translation!r} (wants {chosen!r})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_no_message_uses_a_ruled_out_word(code):
    wrong = [f"{e.context} | {e.translation!r} uses {b!r}"
             for _, _, banned in glossary(code) for b in banned for e in finished(code) if b in e.translation]
    assert not wrong, "\n".join(wrong)


def test_korean_particles_attach_to_their_word():
    """'gradient 가' reads as two words: a Korean particle follows its noun without a space."""
    spaced = re.compile(r"[A-Za-z0-9}] (?:은|는|이|가|을|를|의|에|로|와|과|도)(?=[\s.,:;)]|$)")
    wrong = [e.translation for e in finished("ko") if spaced.search(e.translation)]
    assert not wrong, "\n".join(wrong)


def test_catalan_apostrophes_are_typographic():
    wrong = [e.translation for e in finished("ca") if re.search(r"[^\W\d_]'[^\W\d_]", e.translation)]
    assert not wrong, "\n".join(wrong)
