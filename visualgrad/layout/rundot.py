"""Finding and running Graphviz's `dot`, safely: a timeout, a kill, never a hang.

The GUI calls this off its thread, but a stuck dot must still end: on timeout we
kill dot's whole process group, because a wrapper script killed alone would leave
its child holding our pipes open and `communicate()` would wait for it forever.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys

from .model import LayoutError

_STDERR_LIMIT = 2000  # characters of dot's stderr kept in an error message


def find_dot(configured: str | None = None) -> str | None:
    """The dot to run: the configured one if it is usable, else `dot` on PATH.

    A configured path that does not exist gives None rather than a silent switch
    to another dot, so the user learns that the setting is wrong.
    """
    if configured:
        configured = os.path.expanduser(configured)
        if os.path.dirname(configured):  # a path
            ok = os.path.isfile(configured) and os.access(configured, os.X_OK)
            return configured if ok else None
        return shutil.which(configured)  # a bare name such as "dot"
    return shutil.which("dot")


def _popen_kwargs() -> dict:
    if sys.platform == "win32":
        # No console window flashing up from the GUI; a new group so we can end it.
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) | getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        return {"creationflags": flags}
    return {"start_new_session": True}


def _kill(proc: subprocess.Popen) -> None:
    try:
        if sys.platform != "win32":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError, OSError):
        pass


def _run(args: list, stdin: bytes, timeout: float) -> tuple:
    """(returncode, stdout, stderr) of args; LayoutError on missing program or timeout."""
    try:
        proc = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **_popen_kwargs()
        )
    except OSError as e:  # not found, not executable, not a program...
        reason = "missing" if isinstance(e, (FileNotFoundError, PermissionError)) else "failed"
        raise LayoutError(f"cannot run {args[0]}: {e}", reason) from e
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        try:  # the group is dead, so the pipes close at once; bounded all the same
            proc.communicate(timeout=2.0)
        except subprocess.TimeoutExpired:
            pass
        raise LayoutError(f"{args[0]} timed out after {timeout:g} s", "timeout") from None
    except BaseException:
        _kill(proc)  # e.g. KeyboardInterrupt or a broken pipe: leave no dot behind
        raise
    return proc.returncode, out, err


def _stderr_text(err: bytes) -> str:
    text = err.decode("utf-8", "replace").strip()
    return text[:_STDERR_LIMIT]


def run_dot(dot_text: str, dot_path: str | None = None, timeout: float = 10.0) -> str:
    """Run dot on DOT text and return its JSON text; LayoutError on any failure.

    We ask for `-Tjson0`: Graphviz's JSON without the xdot drawing operations.
    It has every attribute we read (bb, pos, width, height, id) and is about a
    third of `-Tjson`'s size, which makes dot ~15% faster and our parsing 3x.
    """
    exe = find_dot(dot_path)
    if exe is None:
        where = dot_path if dot_path else "PATH"
        raise LayoutError(f"Graphviz dot not found ({where})", "missing")
    # surrogatepass: to_dot escapes surrogates, but raw DOT from elsewhere must not crash us
    code, out, err = _run([exe, "-Tjson0"], dot_text.encode("utf-8", "surrogatepass"), timeout)
    if code != 0:
        reason = f"exit status {code}" if code > 0 else f"killed by signal {-code}"
        detail = _stderr_text(err)
        raise LayoutError(f"dot failed ({reason})" + (f": {detail}" if detail else ""), "failed")
    return out.decode("utf-8", "replace")


_VERSION = re.compile(r"version\s+(\S+)")


def dot_version(dot_path: str | None = None) -> str | None:
    """Graphviz's version ("2.43.0"), or None when dot is missing or does not answer."""
    exe = find_dot(dot_path)
    if exe is None:
        return None
    try:
        code, out, err = _run([exe, "-V"], b"", 5.0)
    except LayoutError:
        return None
    text = (err + out).decode("utf-8", "replace").strip()  # dot -V writes to stderr
    if code != 0 or not text:
        return None
    m = _VERSION.search(text)
    return m.group(1) if m else text.splitlines()[0]
