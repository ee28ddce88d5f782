"""`.vgrad` documents: what a user saves comes back exactly; a broken file is refused with a
message that says what is wrong, and is never changed; saving is atomic; a crash leaves a
recovery copy to offer back."""
from __future__ import annotations

import json
import math
import os
from pathlib import Path

import numpy as np
import pytest

from visualgrad import document as vgdoc
from visualgrad.document import (
    FORMAT_VERSION,
    MAX_BYTES,
    Document,
    DocumentError,
    RecoveryStore,
    View,
    dumps,
    load,
    loads,
    save,
)

SEED = "L = 2*(x**2 + exp(x))"


def snapshot(path: Path):
    st = path.stat()
    return path.read_bytes(), st.st_mtime_ns, st.st_size


def folder_listing(path: Path):
    return sorted(p.name for p in path.iterdir())


# --- round trips ---------------------------------------------------------------------------

def test_text_document_round_trip(tmp_path):
    doc = Document(text=SEED, values={"x": 3}, step=7, title="The chain rule", language="nl",
                   view=View(theme="dark", direction="LR", zoom=1.5, fold_ops=True, digits=4))
    path = tmp_path / "lesson.vgrad"
    save(doc, path)
    back = load(path)
    assert back == doc
    assert back.text == SEED and back.values == {"x": 3} and back.step == 7
    assert back.view.direction == "LR" and back.view.zoom == 1.5 and back.view.fold_ops is True


def test_preset_document_round_trip(tmp_path):
    doc = Document(preset="mlp", preset_params={"layers": [2, 3, 1], "activation": "tanh", "lr": 0.1},
                   values={"x1": 2.0, "x2": 0.0}, step=0)
    path = tmp_path / "net.vgrad"
    save(doc, path)
    back = load(path)
    assert back == doc and back.text is None
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert "text" not in on_disk and on_disk["preset"] == "mlp"


def test_tensor_values_round_trip_including_non_finite(tmp_path):
    w = np.array([[0.1, -0.2, 3e-12], [1e300, -4.0, 0.5]])
    doc = Document(text="L = sum(W @ x)", values={"W": w, "x": np.array([1.0, 2.0, 3.0]),
                                                   "b": [math.inf, -math.inf, math.nan], "s": np.float64(2.5)})
    path = tmp_path / "t.vgrad"
    save(doc, path)
    back = load(path)
    np.testing.assert_array_equal(np.asarray(back.values["W"]), w)      # exact: JSON keeps float64 digits
    assert back.values["x"] == [1.0, 2.0, 3.0] and back.values["s"] == 2.5
    b = back.values["b"]
    assert b[0] == math.inf and b[1] == -math.inf and math.isnan(b[2])
    # the file itself is strict JSON (no NaN/Infinity literals another tool would choke on)
    json.loads(path.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(f"literal {c}"))


def test_unicode_text_and_title_round_trip(tmp_path):
    text = "# 逆伝播 — retropropagació, 역전파\nα = x**2\nL = 2*(α + exp(x))"
    doc = Document(text=text, title="Terugpropagatie — 誤差逆伝播法", language="ja")
    path = tmp_path / "ユニコード.vgrad"
    save(doc, path)
    assert load(path) == doc
    assert "逆伝播" in path.read_text(encoding="utf-8")     # stored readable, not \\u-escaped


def test_dumps_loads_and_minimal_hand_written_file():
    doc = Document(text=SEED)
    assert loads(dumps(doc)) == doc
    # only the marker, the version and the program are required; the rest has defaults
    minimal = loads('{"format": "visualgrad", "version": 1, "text": "L = x*y"}')
    assert minimal == Document(text="L = x*y")
    assert minimal.view == View() and minimal.step == 0 and minimal.values == {}


def test_empty_new_document_saves_as_empty_program():
    back = loads(dumps(Document()))
    assert back.text == "" and back.preset is None


def test_utf8_bom_is_accepted():
    assert loads(b"\xef\xbb\xbf" + dumps(Document(text=SEED)).encode()).text == SEED


def test_unknown_fields_are_ignored():
    doc = loads('{"format": "visualgrad", "version": 1, "text": "L = x", "future_option": {"a": 1}}')
    assert doc.text == "L = x"


def test_saving_something_unreadable_is_refused_before_touching_the_file(tmp_path):
    path = tmp_path / "a.vgrad"
    save(Document(text=SEED), path)
    before = snapshot(path)
    for bad in (Document(text=SEED, preset="mlp"), Document(text=SEED, view=View(direction="up")),
                Document(text=SEED, values={"x": "three"}), Document(text=SEED, step=-1)):
        with pytest.raises(DocumentError):
            save(bad, path)
    assert snapshot(path) == before
    assert folder_listing(tmp_path) == ["a.vgrad"]


# --- broken files: a clear message, and the file untouched --------------------------------

GOOD = dumps(Document(text=SEED, values={"x": 3}))

BROKEN = {
    # name: (file bytes, words the message must contain)
    "not json": (b"L = 2*(x**2 + exp(x))\n", "not JSON"),
    "truncated": (GOOD[: len(GOOD) // 2].encode(), "cut short"),
    "truncated mid string": (GOOD[: GOOD.index("exp")].encode(), "cut short"),
    "damaged json": (GOOD.replace('"version": 1,', '"version": 1,,').encode(), "line 3"),
    "empty": (b"", "empty"),
    "wrong type: other json": (b'{"cells": [], "nbformat": 4}', "not a visualgrad document"),
    "wrong type: json list": (b"[1, 2, 3]", "not a visualgrad document"),
    "newer version": (GOOD.replace('"version": 1', '"version": 2').encode(),
                      "newer visualgrad (format 2); this version reads format 1"),
    "bad version": (GOOD.replace('"version": 1', '"version": "one"').encode(), "version"),
    "no program nor preset": (b'{"format": "visualgrad", "version": 1}', "exactly one"),
    "both program and preset": (b'{"format": "visualgrad", "version": 1, "text": "L=x", "preset": "mlp"}',
                                "exactly one"),
    "text not a string": (b'{"format": "visualgrad", "version": 1, "text": 42}', "text"),
    "value not a number": (GOOD.replace('"x": 3', '"x": "three"').encode(), "values.x"),
    "value boolean": (GOOD.replace('"x": 3', '"x": true').encode(), "values.x"),
    "ragged tensor": (GOOD.replace('"x": 3', '"x": [[1, 2], [3]]').encode(), "rectangular"),
    "negative step": (GOOD.replace('"step": 0', '"step": -3').encode(), "step"),
    "bad direction": (GOOD.replace('"TB"', '"diagonal"').encode(), "view.direction"),
    "bad zoom": (GOOD.replace('"zoom": 1.0', '"zoom": 0').encode(), "view.zoom"),
    "bad digits": (GOOD.replace('"digits": 6', '"digits": 400').encode(), "view.digits"),
    "NaN literal": (GOOD.replace('"zoom": 1.0', '"zoom": NaN').encode(), "NaN"),
    "not utf-8": (GOOD.replace("exp", "\xe9xp").encode("latin-1"), "UTF-8"),
    "binary junk": (bytes(range(256)) * 4, "UTF-8"),
    "deep nesting": (b'{"format": "visualgrad", "version": 1, "text": "", "x": ' + b"[" * 100_000
                     + b"]" * 100_000 + b"}", "nested"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_file_is_refused_clearly_and_left_untouched(tmp_path, case):
    data, words = BROKEN[case]
    path = tmp_path / "broken.vgrad"
    path.write_bytes(data)
    before = snapshot(path)
    with pytest.raises(DocumentError) as info:
        load(path)
    err = info.value
    assert words in err.message, err.message
    assert err.path == str(path) and str(err).startswith(str(path) + ": ")
    assert "Traceback" not in str(err) and len(err.message) < 300
    assert snapshot(path) == before
    assert folder_listing(tmp_path) == ["broken.vgrad"]


def test_too_large_file_is_refused_before_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "huge.vgrad"
    with open(path, "wb") as f:            # sparse: big on paper, cheap on disk
        f.truncate(MAX_BYTES * 4)
    reads = []
    real_open = open

    class Spy:
        def __init__(self, f):
            self._f = f

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._f.close()

        def fileno(self):
            return self._f.fileno()

        def read(self, n=-1):
            reads.append(n)
            return self._f.read(n)

    monkeypatch.setattr("builtins.open", lambda *a, **k: Spy(real_open(*a, **k)))
    with pytest.raises(DocumentError) as info:
        load(path)
    assert "too large" in info.value.message and "20.0 MB" in info.value.message
    assert reads == []


def test_file_that_lies_about_its_size_is_still_bounded():
    # /dev/zero reports size 0 and never ends: we stop one byte past the limit
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    with pytest.raises(DocumentError, match="too large"):
        load("/dev/zero")


def test_missing_file_and_folder_give_document_errors(tmp_path):
    with pytest.raises(DocumentError, match="does not exist"):
        load(tmp_path / "nope.vgrad")
    with pytest.raises(DocumentError, match="folder"):
        load(tmp_path)


def test_messages_go_through_translation(monkeypatch):
    from visualgrad import i18n
    seen = []

    def fake(context, text):
        seen.append(context)
        return "«" + text + "»"

    monkeypatch.setattr(i18n, "_translate", fake)
    with pytest.raises(DocumentError) as info:
        loads(b"[1]")
    assert info.value.message.startswith("«") and "document" in seen


# --- atomic save ---------------------------------------------------------------------------

def test_save_replaces_old_content_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "lesson.vgrad"
    save(Document(text="L = x"), path)
    save(Document(text=SEED), path)
    assert load(path).text == SEED
    assert folder_listing(tmp_path) == ["lesson.vgrad"]


@pytest.mark.parametrize("fail_at", ["write", "fsync", "replace"])
def test_failed_save_keeps_the_old_file_and_removes_the_temp_file(tmp_path, monkeypatch, fail_at):
    path = tmp_path / "lesson.vgrad"
    save(Document(text="L = x", values={"x": 1}), path)
    before = snapshot(path)

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    if fail_at == "write":
        real_fdopen = os.fdopen

        class HalfWriter:
            """Writes half the bytes, then the disk is full."""
            def __init__(self, f):
                self.f = f

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[: len(data) // 2])
                self.f.flush()
                boom()

        monkeypatch.setattr(os, "fdopen", lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    else:
        monkeypatch.setattr(os, fail_at, boom)

    with pytest.raises(DocumentError) as info:
        save(Document(text=SEED, values={"x": 3}), path)
    assert "No space left on device" in info.value.message
    monkeypatch.undo()
    assert snapshot(path) == before
    assert load(path).text == "L = x"
    assert folder_listing(tmp_path) == ["lesson.vgrad"]


def test_interrupted_save_also_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "lesson.vgrad"
    save(Document(text="L = x"), path)
    before = snapshot(path)

    def interrupt(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        save(Document(text=SEED), path)
    monkeypatch.undo()
    assert snapshot(path) == before and folder_listing(tmp_path) == ["lesson.vgrad"]


def test_save_into_missing_folder_is_a_document_error(tmp_path):
    with pytest.raises(DocumentError, match="could not save"):
        save(Document(text=SEED), tmp_path / "no" / "such" / "lesson.vgrad")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and symlinks")
def test_save_keeps_permissions_and_writes_through_symlinks(tmp_path):
    real = tmp_path / "real.vgrad"
    save(Document(text="L = x"), real)
    real.chmod(0o640)
    link = tmp_path / "link.vgrad"
    link.symlink_to(real)
    save(Document(text=SEED), link)
    assert link.is_symlink() and load(real).text == SEED
    assert real.stat().st_mode & 0o777 == 0o640


def test_oversized_document_is_refused_at_save(tmp_path, monkeypatch):
    monkeypatch.setattr(vgdoc.writing, "MAX_BYTES", 20_000)  # the real limit is 5 MB; same code path
    big = np.zeros((50, 50)) + 0.123456789
    with pytest.raises(DocumentError, match="larger than"):
        save(Document(text="L = sum(W)", values={"W": big}), tmp_path / "big.vgrad")
    assert folder_listing(tmp_path) == []


# --- crash recovery ------------------------------------------------------------------------

def test_recovery_store_offers_unsaved_work_back(tmp_path):
    store = RecoveryStore(tmp_path / "recovery")       # created on first save
    assert store.pending() is None
    doc = Document(text=SEED + "\n# unsaved edit", values={"x": 4}, step=3)
    store.save(doc, origin=tmp_path / "lesson.vgrad")
    # "the app crashed": a new store on the same folder, as at the next start
    again = RecoveryStore(tmp_path / "recovery")
    assert again.pending() == doc
    assert again.origin() == str(tmp_path / "lesson.vgrad")
    again.clear()
    assert again.pending() is None and again.origin() is None
    again.clear()                                     # clearing twice is fine


def test_recovery_store_latest_save_wins_and_names_separate_windows(tmp_path):
    a, b = RecoveryStore(tmp_path, name="window-1"), RecoveryStore(tmp_path, name="window-2")
    a.save(Document(text="L = x"))
    a.save(Document(text="L = y"))
    b.save(Document(preset="mlp"))
    assert a.pending().text == "L = y" and b.pending().preset == "mlp"
    assert a.origin() is None
    assert sorted(folder_listing(tmp_path)) == ["window-1.vgrad", "window-2.vgrad"]


def test_damaged_recovery_copy_is_not_offered(tmp_path):
    store = RecoveryStore(tmp_path)
    store.path.write_text('{"format": "visualgrad", "vers', encoding="utf-8")
    assert store.pending() is None
    store.clear()
    assert not store.path.exists()


def test_format_version_constant():
    assert FORMAT_VERSION == 1
    assert json.loads(dumps(Document(text="")))["format"] == "visualgrad"
