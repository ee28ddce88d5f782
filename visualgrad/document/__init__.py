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

The package: model.py (Document, View, the constants), reading.py, writing.py, recovery.py.
No Qt here: the app decides where files live (QStandardPaths) and shows the errors.
"""
from __future__ import annotations

from .model import (
                    DIRECTIONS,
                    FORMAT_MARKER,
                    FORMAT_VERSION,
                    MAX_BYTES,
                    MAX_DIGITS,
                    MIME_TYPE,
                    SUFFIX,
                    ZOOM_RANGE,
                    Document,
                    DocumentError,
                    View,
)
from .reading import load, loads
from .recovery import RecoveryStore
from .writing import dumps, save, to_dict, write_atomic

__all__ = ["DIRECTIONS", "FORMAT_MARKER", "FORMAT_VERSION", "MAX_BYTES", "MAX_DIGITS", "MIME_TYPE", "SUFFIX",
           "ZOOM_RANGE", "Document", "DocumentError", "View", "load", "loads", "RecoveryStore", "dumps", "save",
           "to_dict", "write_atomic"]
