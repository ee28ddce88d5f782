"""`.vgrad` documents: a lesson saved to disk, and the crash-recovery copy.

A document is strict JSON, UTF-8, with a marker and a format version:

    {"format": "visualgrad", "version": 1,
     "title": "Chain rule", "language": "nl",
     "text": "L = 2*(x**2 + exp(x))",            # or "preset": "mlp", "preset_params": {...}
     "values": {"x": 3, "W": [[0.1, 0.2], [0.3, 0.4]]},
     "step": 7,
     "view": {"theme": "light", "direction": "TB", "zoom": 1.0, "fold_ops": false, "digits": 6}}

Why the care: people open lessons from e-mail and USB sticks, so every way a file can
be wrong (not JSON, cut short, some other program's JSON, a newer visualgrad's file,
bad fields, huge, not UTF-8) is a `DocumentError` with a message a teacher can act on,
and reading never touches the file. Writing goes to a temporary file in the same
folder, is flushed to disk, then renamed over the old file in one step, so a crash or
a full disk mid-save leaves the previous version intact.

No Qt here: the app decides where files live (QStandardPaths) and shows the errors.
"""
from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Union

from .i18n import tr

FORMAT_MARKER = "visualgrad"
FORMAT_VERSION = 1
SUFFIX = ".vgrad"
MIME_TYPE = "application/x-visualgrad"
# Far above any real lesson (a 100x100 weight matrix is ~200 kB) and small enough that
# a wrong file picked by mistake (a video, a disk image) is refused without reading it.
MAX_BYTES = 5 * 1024 * 1024
DIRECTIONS = ("TB", "LR")
MAX_DIGITS = 17          # enough to print any float64 exactly
ZOOM_RANGE = (0.05, 20.0)
# Non-finite numbers are not JSON; they are stored as these strings (as fmt.to_json does).
_NONFINITE = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}

Number = Union[int, float]
Value = Union[Number, list]


class DocumentError(Exception):
    """A document that cannot be read or written. `message` is translated and says what to do;
    `path` is the file concerned, when there is one. str(e) is "path: message"."""

    def __init__(self, message: str, path: str | os.PathLike | None = None):
        self.message = message
        self.path = None if path is None else os.fspath(path)
        super().__init__(f"{self.path}: {message}" if self.path else message)


@dataclass
class View:
    """How the graph is shown; saved so a lesson reopens looking the way it was prepared."""
    theme: str = "light"
    direction: str = "TB"         # Graphviz rankdir: top to bottom, or left to right
    zoom: float = 1.0
    fold_ops: bool = False         # operations folded into their value node instead of own ellipse
    digits: int = 6                # significant digits shown for numbers


@dataclass
class Document:
    """One lesson. Either `text` (a program) or `preset` (+ `preset_params`) says what the graph is;
    `values` are the inputs the user set (name -> number, or nested lists for a tensor)."""
    text: str | None = None
    preset: str | None = None
    preset_params: dict[str, Any] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)
    step: int = 0
    view: View = field(default_factory=View)
    language: str | None = None
    title: str = ""
    version: int = FORMAT_VERSION

    @property
    def source(self) -> str:
        """What the graph comes from, for messages: the preset name or "text"."""
        return f"preset {self.preset}" if self.preset is not None else "text"


# --- writing -------------------------------------------------------------------------------

def to_dict(doc: Document) -> dict:
    """The JSON object for `doc`; raises DocumentError when a field is not saveable."""
    if not isinstance(doc, Document):
        raise TypeError(f"expected a Document, got {type(doc).__name__}")
    out: dict[str, Any] = {"format": FORMAT_MARKER, "version": FORMAT_VERSION}
    if doc.title:
        out["title"] = doc.title
    if doc.language:
        out["language"] = doc.language
    if doc.preset is not None:
        if doc.text is not None:
            raise DocumentError(tr("document", "a document holds either a program or a preset, not both"))
        out["preset"] = doc.preset
        out["preset_params"] = _plain(doc.preset_params, "preset_params")
    else:
        out["text"] = doc.text if doc.text is not None else ""
    out["values"] = {str(k): _value_out(v, f"values.{k}") for k, v in doc.values.items()}
    out["step"] = doc.step
    out["view"] = {f.name: getattr(doc.view, f.name) for f in fields(View)}
    # Round-trip through the reader's checks so we never write a file we would refuse to open.
    _from_dict(out)
    return out


def dumps(doc: Document) -> str:
    text = json.dumps(to_dict(doc), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise DocumentError(tr("document", "the document is larger than {limit} MB and could not be saved; "
                                           "use smaller tensors").format(limit=MAX_BYTES // (1024 * 1024)))
    return text


def save(doc: Document, path: str | os.PathLike) -> None:
    """Write `doc` to `path` atomically: the file is either the old version or the new one."""
    write_atomic(path, dumps(doc).encode("utf-8"))


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Temp file in the same folder (so the rename stays on one file system), fsync, os.replace.
    Any failure removes the temp file, keeps the old file, and raises DocumentError."""
    # Save through a symlink to the file it points at, rather than replacing the link.
    target = Path(os.path.realpath(os.fspath(path)))
    folder = target.parent
    import secrets  # here: it loads hashlib, and the app imports this module before its first paint
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        # O_EXCL: never reuse someone else's file; 0o666 lets the umask decide, like a normal save.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as e:
        raise DocumentError(tr("document", "could not save: {reason}").format(reason=_reason(e)),
                            path) from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            # Keep the permissions the user gave the old file (e.g. a shared, group-writable lesson).
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        except OSError:
            pass
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise DocumentError(tr("document", "could not save: {reason}").format(reason=_reason(e)),
                                path) from e
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders, and needs not."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reason(e: OSError) -> str:
    return e.strerror or str(e)


def _value_out(v: Any, where: str) -> Any:
    """Numbers and nested lists (numpy arrays too) as JSON, non-finite numbers as strings."""
    if hasattr(v, "tolist") and not isinstance(v, (list, tuple)):
        v = v.tolist()                     # numpy arrays and numpy scalars
    if isinstance(v, bool):
        raise DocumentError(_bad(where, tr("document", "a number or a list of numbers")))
    if isinstance(v, (int, float)):
        f = float(v)
        if math.isnan(f):
            return "nan"
        if math.isinf(f):
            return "inf" if f > 0 else "-inf"
        return v
    if isinstance(v, (list, tuple)):
        return [_value_out(x, where) for x in v]
    raise DocumentError(_bad(where, tr("document", "a number or a list of numbers")))


def _plain(v: Any, where: str) -> Any:
    """Preset parameters: any JSON (numbers, strings, booleans, lists, objects)."""
    if hasattr(v, "tolist") and not isinstance(v, (list, tuple)):
        v = v.tolist()
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, (int, float)):
        if not math.isfinite(v):
            raise DocumentError(_bad(where, tr("document", "a finite number")))
        return v
    if isinstance(v, (list, tuple)):
        return [_plain(x, where) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x, f"{where}.{k}") for k, x in v.items()}
    raise DocumentError(_bad(where, tr("document", "JSON data (numbers, text, lists)")))


# --- reading -------------------------------------------------------------------------------

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


# --- crash recovery ------------------------------------------------------------------------

class RecoveryStore:
    """The autosave copy of unsaved work, offered back on the next start after a crash.

    The app calls save(doc) a few seconds after each change (and may pass the path of the
    file being edited, so the offer can say which lesson it was), clear() after a successful
    save or a clean exit, and pending() at start-up. One store per directory: the app picks it
    (QStandardPaths.AppLocalDataLocation) and can use one name per window.
    """

    def __init__(self, directory: str | os.PathLike, name: str = "recovery"):
        self.directory = Path(directory)
        self.path = self.directory / f"{name}{SUFFIX}"

    def save(self, doc: Document, origin: str | os.PathLike | None = None) -> None:
        obj = to_dict(doc)
        if origin is not None:
            obj["recovered_from"] = os.fspath(origin)   # unknown keys are ignored by the reader
        data = json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DocumentError(tr("document", "could not save: {reason}").format(reason=_reason(e)),
                                self.directory) from e
        write_atomic(self.path, data.encode("utf-8"))

    def pending(self) -> Document | None:
        """The unsaved work left by a crash, or None. A damaged copy is None (it cannot be offered)."""
        if not self.path.is_file():
            return None
        try:
            return load(self.path)
        except DocumentError:
            return None

    def origin(self) -> str | None:
        """The file the pending work belonged to, when the app said so."""
        try:
            obj = json.loads(_read_limited(self.path).decode("utf-8-sig"))
        except (DocumentError, ValueError, RecursionError):
            return None
        v = obj.get("recovered_from") if isinstance(obj, dict) else None
        return v if isinstance(v, str) else None

    def clear(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
