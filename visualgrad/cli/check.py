"""`visualgrad check PROGRAM|FILE [--set NAME=VALUE ...] [--loss NAME] [--json]`.

Runs the program, and compares each hand-written gradient (dW2, d_W2, grad_W2, W2_grad) with autograd's
gradient of the loss: one line per hand gradient, a summary line, exit 0 whatever the verdicts (a factor
of ½ is a finding, not a failure of the command). A program that cannot run, or has no loss, exits 2.
"""
from __future__ import annotations

import json

from ..i18n import tr


def add_parser(sub) -> None:
    c = sub.add_parser("check", help=tr("cli", "compare hand-written gradients (dW2, grad_W2, ...) with autograd's"))
    c.add_argument("source", metavar="PROGRAM|FILE", help=tr("cli", "a program, or a file holding one"))
    c.add_argument("--set", action="append", metavar="NAME=VALUE",
                   help=tr("cli", "give an input a value (repeatable)"))
    c.add_argument("--loss", metavar="NAME", help=tr("cli", "the variable that holds the loss, when it is not "
                                                            "the one backward() is called on or named loss"))
    c.add_argument("--json", action="store_true",
                   help=tr("cli", "print a JSON list of {hand, of, verdict, factor, max_abs_diff}"))


def run(args) -> int:
    from ..check.program import check_program, where_text
    from ..check.words import as_json, line, summary
    from ..sources import parse_sets, read_source
    report = check_program(read_source(args.source), parse_sets(args.set), loss=args.loss)
    if args.json:
        print(json.dumps([as_json(f) for f in report.findings], ensure_ascii=False, allow_nan=False))
        return 0
    for f in report.findings:
        print(line(f, report.loss_name))
    print(summary(report.findings, report.loss_name, where_text(report)))
    return 0
