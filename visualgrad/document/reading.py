"""Reading a lesson: every way a file can be wrong is a DocumentError a teacher can act on, and reading never
changes the file."""
from __future__ import annotations

import json
import os
import re
from typing import Any

from ..i18n import tr
from .model import (
    _NONFINITE,
    DIRECTIONS,
    FORMAT_MARKER,
    FORMAT_VERSION,
    MAX_BYTES,
    MAX_DIGITS,
    ZOOM_RANGE,
    Document,
    DocumentError,
    Value,
    View,
    _reason,
)


def load(path: str | os.PathLike) -> Document:
    """Read a document. Never writes to `path`; every problem is a DocumentError."""
    data = _read_limited(path)
    try:
        return loads(data)
    except DocumentError as e:
        raise DocumentError(e.message, path) from e


def _read_limited(path: str | os.PathLike) -> bytes:
    """The file's bytes, refusing anything over MAX_BYTES before reading it."""
    try:
        with open(path, "rb") as f:
            try:
                size = os.fstat(f.fileno()).st_size
            except OSError:
                size = 0
            if size > MAX_BYTES:
                raise DocumentError(_too_large(size), path)
            # Read one byte past the limit: files that lie about their size (pipes, /proc) are caught too.
            data = f.read(MAX_BYTES + 1)
    except IsADirectoryError as e:
        raise DocumentError(tr("document", "this is a folder, not a visualgrad document"), path) from e
    except FileNotFoundError as e:
        raise DocumentError(tr("document", "the file does not exist (moved or deleted?)"), path) from e
    except PermissionError as e:
        raise DocumentError(tr("document", "you are not allowed to read this file"), path) from e
    except OSError as e:
        raise DocumentError(tr("document", "could not read the file: {reason}").format(reason=_reason(e)),
                            path) from e
    if len(data) > MAX_BYTES:
        raise DocumentError(_too_large(len(data)), path)
    return data


def loads(data: str | bytes) -> Document:
    """Parse a document from its text (or its bytes, which must be UTF-8)."""
    if isinstance(data, (bytes, bytearray)):
        if len(data) > MAX_BYTES:
            raise DocumentError(_too_large(len(data)))
        try:
            text = bytes(data).decode("utf-8-sig")     # tolerate a BOM some Windows editors add
        except UnicodeDecodeError as e:
            raise DocumentError(tr("document", "this is not a visualgrad document: it is not UTF-8 text "
                                               "(byte {offset} is not valid UTF-8)").format(offset=e.start)) from None
    else:
        text = data
        if len(text) > MAX_BYTES:
            raise DocumentError(_too_large(len(text)))
    if not text.strip():
        raise DocumentError(tr("document", "the file is empty"))
    try:
        obj = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        if _cut_short(text, e):
            raise DocumentError(tr("document", "the file is cut short (truncated): it ends in the middle "
                                               "of the document. Was it copied or saved completely?")) from None
        if _looks_like_json(text):
            raise DocumentError(tr("document", "the file is damaged: invalid JSON at line {line}, "
                                               "column {column}").format(line=e.lineno, column=e.colno)) from None
        raise DocumentError(tr("document", "this is not a visualgrad document (it is not JSON)")) from None
    except ValueError as e:          # NaN/Infinity literals, numbers too big for a float
        raise DocumentError(tr("document", "the file is damaged: {reason}").format(reason=str(e))) from None
    except RecursionError:
        raise DocumentError(tr("document", "the file is damaged: data nested too deeply")) from None
    return _from_dict(obj)


def _reject_constant(name: str):
    raise ValueError(tr("document", "{name} is not allowed in a document").format(name=name))


def _cut_short(text: str, e: json.JSONDecodeError) -> bool:
    """Did the JSON end early (a partial copy, a full disk), rather than hold a wrong character?
    Then the parser fails at the very end, or inside the last string, number or literal."""
    if e.msg.startswith("Unterminated string"):
        return True
    if e.msg.startswith("Extra data"):        # a complete document followed by junk
        return False
    return re.fullmatch(r"[\w.+\-]*", text[e.pos:].strip()) is not None


def _looks_like_json(text: str) -> bool:
    return text.lstrip()[:1] in ("{", "[")


def _too_large(size: int) -> str:
    return tr("document", "the file is too large to be a visualgrad document ({size:.1f} MB; the limit is "
                          "{limit} MB)").format(size=size / (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))


def _bad(where: str, expected: str, got: Any = None) -> str:
    if got is None:
        return tr("document", "the field \u201c{field}\u201d must be {expected}").format(field=where, expected=expected)
    return tr("document", "the field \u201c{field}\u201d must be {expected} (found {got})").format(
        field=where, expected=expected, got=_show(got))


def _show(v: Any) -> str:
    s = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else repr(v)
    return s if len(s) <= 40 else s[:37] + "…"


def _from_dict(obj: Any) -> Document:
    """Check every field of a parsed document and build it. Unknown keys are ignored, so a
    later format 1 writer may add optional fields without breaking this reader."""
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_MARKER:
        raise DocumentError(tr("document", "this is not a visualgrad document (it is JSON, but has no "
                                           "\u201cformat\u201d: \u201cvisualgrad\u201d marker)"))
    version = obj.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DocumentError(_bad("version", tr("document", "a whole number from 1"), version))
    if version > FORMAT_VERSION:
        raise DocumentError(tr("document", "this file was made by a newer visualgrad (format {found}); this "
                                           "version reads format {supported}. Update visualgrad to open it.")
                            .format(found=version, supported=FORMAT_VERSION))

    has_text, has_preset = "text" in obj, "preset" in obj
    if has_text == has_preset:
        raise DocumentError(tr("document", "the document must hold either a program (\u201ctext\u201d) or a "
                                           "preset (\u201cpreset\u201d), exactly one of them"))
    text = preset = None
    params: dict = {}
    if has_text:
        text = obj["text"]
        if not isinstance(text, str):
            raise DocumentError(_bad("text", tr("document", "text"), text))
    else:
        preset = obj["preset"]
        if not isinstance(preset, str) or not preset.strip():
            raise DocumentError(_bad("preset", tr("document", "a preset name"), preset))
        params = obj.get("preset_params", {})
        if not isinstance(params, dict):
            raise DocumentError(_bad("preset_params", tr("document", "an object of parameters"), params))

    values = obj.get("values", {})
    if not isinstance(values, dict):
        raise DocumentError(_bad("values", tr("document", "an object of input values"), values))
    values = {name: _value_in(v, name) for name, v in values.items()}

    step = obj.get("step", 0)
    if isinstance(step, bool) or not isinstance(step, int) or step < 0:
        raise DocumentError(_bad("step", tr("document", "a whole number from 0"), step))

    return Document(text=text, preset=preset, preset_params=params, values=values, step=step,
                    view=_view_in(obj.get("view", {})), language=_opt_str(obj, "language"),
                    title=_opt_str(obj, "title") or "", version=FORMAT_VERSION)


def _opt_str(obj: dict, key: str) -> str | None:
    v = obj.get(key)
    if v is not None and not isinstance(v, str):
        raise DocumentError(_bad(key, tr("document", "text"), v))
    return v


def _value_in(v: Any, name: str) -> Value:
    where = f"values.{name}"
    if not name.strip():
        raise DocumentError(tr("document", "an input value has an empty name"))

    def conv(x: Any, depth: int) -> Value:
        if isinstance(x, bool):
            raise DocumentError(_bad(where, tr("document", "a number or a list of numbers"), x))
        if isinstance(x, (int, float)):
            return x
        if isinstance(x, str) and x in _NONFINITE:
            return _NONFINITE[x]
        if isinstance(x, list) and x and depth < 32:
            items = [conv(y, depth + 1) for y in x]
            # A tensor is rectangular: every row has the same shape as the first.
            shapes = {_shape(y) for y in items}
            if len(shapes) != 1:
                raise DocumentError(tr("document", "the input \u201c{name}\u201d is not a rectangular "
                                                   "tensor (its rows differ in length)").format(name=name))
            return items
        raise DocumentError(_bad(where, tr("document", "a number or a list of numbers"), x))

    return conv(v, 0)


def _shape(v: Value) -> tuple:
    return (len(v),) + _shape(v[0]) if isinstance(v, list) else ()


def _view_in(v: Any) -> View:
    if not isinstance(v, dict):
        raise DocumentError(_bad("view", tr("document", "an object of view options"), v))
    view = View()
    if "theme" in v:
        if not isinstance(v["theme"], str) or not v["theme"].strip():
            raise DocumentError(_bad("view.theme", tr("document", "a theme name"), v["theme"]))
        view.theme = v["theme"]
    if "direction" in v:
        if v["direction"] not in DIRECTIONS:
            raise DocumentError(_bad("view.direction", "\u201cTB\u201d / \u201cLR\u201d", v["direction"]))
        view.direction = v["direction"]
    if "zoom" in v:
        z = v["zoom"]
        if isinstance(z, bool) or not isinstance(z, (int, float)) or not ZOOM_RANGE[0] <= z <= ZOOM_RANGE[1]:
            raise DocumentError(_bad("view.zoom", tr("document", "a number from {lo} to {hi}")
                                     .format(lo=ZOOM_RANGE[0], hi=ZOOM_RANGE[1]), z))
        view.zoom = float(z)
    if "fold_ops" in v:
        if not isinstance(v["fold_ops"], bool):
            raise DocumentError(_bad("view.fold_ops", "true / false", v["fold_ops"]))
        view.fold_ops = v["fold_ops"]
    if "digits" in v:
        d = v["digits"]
        if isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= MAX_DIGITS:
            raise DocumentError(_bad("view.digits", tr("document", "a whole number from 1 to {hi}")
                                     .format(hi=MAX_DIGITS), d))
        view.digits = d
    return view
