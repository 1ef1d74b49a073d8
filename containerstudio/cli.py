"""Command line: `containerstudio` starts the app; subcommands serve scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from containerstudio.export.common import ExportProblem
from containerstudio.export_cli import EXPORT_COMMANDS, add_export_commands, run_export_command
from containerstudio.storage.database import StorageProblem, open_database
from containerstudio.storage.library import Library
from containerstudio.storage.paths import ENV_VAR, resolve_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="containerstudio",
        description="Container Studio: make a symbolic container, at your own pace.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder holding the library (default: ${ENV_VAR} or your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("list", help="list containers: id, title, updated, versions (tab-separated)")
    add_export_commands(sub)
    return parser


def cmd_list(library: Library) -> int:
    print("id\ttitle\tupdated\tversions")
    for info in library.list_containers():
        print(f"{info.id}\t{info.title}\t{info.updated_at:%Y-%m-%d %H:%M:%S}\t{info.version_count}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir: Path = resolve_data_dir(args.data_dir)
    if args.command is None:
        from containerstudio.app import run_app

        return run_app(data_dir)
    if args.command == "worksheet":
        return _run_export(args, None)
    try:
        db = open_database(data_dir)
    except StorageProblem as problem:
        print(problem.message, file=sys.stderr)
        return 2
    try:
        if args.command in EXPORT_COMMANDS:
            return _run_export(args, Library(db))
        return {"list": cmd_list}[args.command](Library(db))
    finally:
        db.close()


def _run_export(args: argparse.Namespace, library: Library | None) -> int:
    """Export commands: a calm line on stderr and exit code 1 when it cannot be done."""
    try:
        return run_export_command(args, library)
    except (ExportProblem, StorageProblem) as problem:
        print(problem.message, file=sys.stderr)
        return 1
