"""The export subcommands' arguments (export, print-group, paper-box, worksheet, png).

Only argparse here, so building the command line costs nothing; the exports themselves
(reportlab and friends) load in cli/export.py when one of these commands runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from containerstudio.model.parts import DEFAULT_VIEW, VIEWS


def add_export_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the export subcommands on the main parser's subparsers."""
    p = sub.add_parser("export", help="a session PDF of one container")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument(
        "--include",
        default=None,
        help="comma-separated: reflections,checkins,kept,slips "
        "(default: reflections,checkins,kept; slips only when named)",
    )
    p.add_argument("--page", default="a4", choices=["a4", "letter"])
    p.add_argument("--view", default=DEFAULT_VIEW, choices=list(VIEWS))
    p.add_argument("--language", default="en", help="the PDF's own words (e.g. es)")
    p = sub.add_parser("print-group", help="several containers in one PDF")
    p.add_argument("ids", type=int, nargs="+")
    p.add_argument("--per-sheet", type=int, default=4, choices=[1, 2, 4, 6])
    p.add_argument("--captions", action="store_true", help="print each container's title")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--page", default="a4", choices=["a4", "letter"])
    p = sub.add_parser("paper-box", help="a foldable paper box and envelope with the artwork")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--page", default="a4", choices=["a4", "letter"])
    p = sub.add_parser("worksheet", help="a prompt pack as printable worksheets")
    p.add_argument("pack", help="a pack id (e.g. container) or a .toml file")
    p.add_argument("--language", default="en", help="the pack's language, for a pack id (e.g. es)")
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--page", default="a4", choices=["a4", "letter"])
    p = sub.add_parser("png", help="the artwork as a PNG image")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--size", type=int, default=1600, help="width in pixels")


EXPORT_COMMANDS = ("export", "print-group", "paper-box", "worksheet", "png")
