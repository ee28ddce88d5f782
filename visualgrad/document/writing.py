"""Writing a lesson: checked against the reader before a byte is written, then written atomically (a temporary
file in the same folder, flushed, renamed over the old one)."""
from __future__ import annotations

import json
import math
import os
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..i18n import tr
from .model import FORMAT_MARKER, FORMAT_VERSION, MAX_BYTES, Document, DocumentError, View, _reason
from .reading import _bad, _from_dict


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
