"""Translate in a plain text file instead of Qt Linguist, then put the translations into the .ts files.

    python tools/i18n/fill.py --todo todo.txt        every message unfinished in some language
    python tools/i18n/fill.py --todo todo.txt --all  every message
    (edit todo.txt: one line per language under each message)
    python tools/i18n/fill.py todo.txt               write the filled lines into the .ts files as finished

The file, one block per message (newlines inside a text are written \\n):

    [17] Menus | &File
    ~ was: &Files                 (only when the English text changed: the old source)
    nl: &Bestand
    ja: ファイル(&F)
    ca: &Fitxer
    ko: 파일(&F)

The block's header must match a message that is in the .ts files now, so a file made before the
source changed cannot put a translation on the wrong text. An empty language line is left alone.
Run tools/i18n/extract.py first (it adds the new texts), and tools/i18n/compile.py after.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import LANGUAGES, read_ts, ts_path, write_ts  # noqa: E402

_HEAD = re.compile(r"^\[(\d+)\] (.*?) \| (.*)$")


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\n", "\\n")


def _unesc(s: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), s)


def todo(out: Path, everything=False) -> int:
    tables = {code: {e.key: e for e in read_ts(ts_path(code))} for code in LANGUAGES}
    keys = sorted({k for t in tables.values() for k, e in t.items() if e.kind != "vanished"})
    lines, n = [], 0
    for i, key in enumerate(keys):
        entries = {code: tables[code].get(key) for code in LANGUAGES}
        if not everything and all(e is not None and e.kind == "" for e in entries.values()):
            continue
        ctx, src, comment = key
        n += 1
        lines.append(f"[{i}] {ctx} | {_esc(src)}" + (f" | {_esc(comment)}" if comment else ""))
        old = next((e.oldsource for e in entries.values() if e is not None and e.oldsource), "")
        if old:
            lines.append(f"~ was: {_esc(old)}")
        for code, e in entries.items():
            lines.append(f"{code}: {_esc(e.translation) if e is not None else ''}")
        lines.append("")
    out.write_text("\n".join(lines), encoding="utf-8")
    return n


def apply(path: Path) -> int:
    tables = {code: read_ts(ts_path(code)) for code in LANGUAGES}
    index = {code: {e.key: e for e in t} for code, t in tables.items()}
    done, key, errors = 0, None, []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = _HEAD.match(line)
        if m:
            ctx, rest = m.group(2), m.group(3)
            src, _, comment = rest.partition(" | ") if " | " in rest and ctx else (rest, "", "")
            key = (ctx, _unesc(src), _unesc(comment))
            if key not in index["nl"]:
                key = (ctx, _unesc(rest), "")  # a source text that itself holds " | "
            if key not in index["nl"]:
                errors.append(f"line {no}: no message {ctx} | {rest} in the .ts files (run extract.py?)")
                key = None
            continue
        code, sep, text = line.partition(": ")
        if key is None or not sep or code not in LANGUAGES or not text.strip():
            continue
        e = index[code][key]
        e.translation, e.kind, e.oldsource = _unesc(text), "", ""
        done += 1
    for msg in errors:
        print(msg, file=sys.stderr)
    for code, language in LANGUAGES.items():
        ts_path(code).write_text(write_ts(ts_path(code), tables[code], language), encoding="utf-8")
    return done


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file", type=Path)
    p.add_argument("--todo", action="store_true", help="write the messages to translate into FILE")
    p.add_argument("--all", action="store_true", help="with --todo: every message, finished or not")
    args = p.parse_args(argv)
    if args.todo:
        print(f"{todo(args.file, args.all)} messages to translate in {args.file}")
    else:
        print(f"{apply(args.file)} translations written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
