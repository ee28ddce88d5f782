"""`visualgrad practice PROGRAM|FILE|--preset NAME [--set NAME=VALUE ...]`: compute each gradient, get checked.

One question per line, each ending in `= ?` and naming the node as `visualgrad trace` does; one
answer per line on standard input. The questions follow the backward steps, then the leaves that
get a gradient. A wrong answer prints the working (upstream × local = contribution, and the sum
for fan-out). The last line is `score K/N`; the exit code is 0 whatever the score. End of input
stops early with the score so far. `--worksheet OUT.pdf` writes the handout instead (Qt draws it).
"""
from __future__ import annotations

import sys

from ..fmt import format_number
from ..i18n import tr
from .args import add_source


def add_parser(sub) -> None:
    p = sub.add_parser("practice", help=tr("cli", "compute each gradient yourself; the answers are checked"))
    add_source(p)
    p.add_argument("--forward", action="store_true",
                   help=tr("cli", "ask for the forward values first"))
    p.add_argument("--worksheet", metavar="PDF",
                   help=tr("cli", "write a printable worksheet with an answer key instead of asking"))


def run(args, stdin=None, stdout=None) -> int:
    from ..sources import timeline_for
    from ..timeline.practice import Score, hint, is_right, parse_answer, questions, working
    tl = timeline_for(args)
    if getattr(args, "worksheet", None):
        from ..qt.export.worksheet import run_worksheet
        return run_worksheet(tl, args)
    stdin = stdin or sys.stdin
    out = stdout or sys.stdout
    score = Score()
    for q in questions(tl, forward=getattr(args, "forward", False)):
        print(q.prompt, file=out, flush=True)
        line = stdin.readline()
        if not line:  # end of input: stop here, with the score so far
            break
        answer = parse_answer(line)
        score.asked += 1
        if is_right(q, answer):
            score.right += 1
            print("  " + tr("practice", "right"), file=out)
            continue
        if answer is None:
            print("  " + tr("practice", "{text!r} is not a number.").format(text=line.strip()), file=out)
        print("  " + tr("practice", "not quite: {name} = {value}").format(
            name=q.name, value=format_number(q.answer, 6)), file=out)
        print("  " + tr("practice", "hint: {hint}").format(hint=hint(tl, q)), file=out)
        for w in working(tl, q):
            print("    " + w, file=out)
    print(score.text(), file=out, flush=True)
    return 0
