"""Command line: `containerstudio` starts the app; subcommands serve scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from containerstudio.cli.exchange_commands import EXCHANGE_COMMANDS, add_exchange_commands
from containerstudio.cli.export_commands import EXPORT_COMMANDS, add_export_commands
from containerstudio.cli.passcode import (
    PASSCODE_COMMAND,
    add_passcode_command,
    add_passcode_options,
    cmd_passcode,
    unlock_for_command,
)
from containerstudio.storage.paths import (
    DATABASE_URL_VAR,
    ENV_VAR,
    resolve_data_dir,
    resolve_database_url,
)
from containerstudio.storage.problem import StorageProblem
from containerstudio.storage.profiles import LibraryPlace, ProfileBook

if TYPE_CHECKING:
    from containerstudio.storage.library import Library

# Storage (and SQLAlchemy) loads only for the commands that use it: the app shows its
# window first and opens the library behind it (see app.py).


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
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="start the app, close it again once the container is ready (checks an install)",
    )
    parser.add_argument(
        "--profile",
        metavar="PROFILE",
        help="the profile to use, by id or name (default: the one used last; `profiles` "
        "lists them)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=f"keep the libraries on a PostgreSQL server, e.g. postgresql+psycopg://user@host/db "
        f"(default: ${DATABASE_URL_VAR}, else a file in the data folder)",
    )
    add_passcode_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("list", help="list containers: id, title, updated, versions (tab-separated)")
    add_export_commands(sub)
    _add_version_commands(sub)
    add_passcode_command(sub)
    add_exchange_commands(sub)
    profiles = sub.add_parser("profiles", help="list profiles (id, name), or add one")
    profiles.add_argument("action", nargs="?", choices=["list", "add"], default="list")
    profiles.add_argument("name", nargs="?", help="the new profile's name (for `add`)")
    defaults = sub.add_parser(
        "defaults", help="what a new session in this profile starts with (show, or set)"
    )
    defaults.add_argument("--minutes", type=int, help="session length (0: none set)")
    defaults.add_argument("--pack", metavar="ID", help="the exercise offered first ('' clears)")
    defaults.add_argument(
        "--text-size", choices=["normal", "large", "larger", ""], help="text size ('' clears)"
    )
    return parser


def cmd_profiles(book: ProfileBook, args: argparse.Namespace) -> int:
    """`profiles`: the profiles (id, name; the one in use marked *), or add one."""
    if args.action == "add":
        profile = book.add(args.name or "")
        print(f"{profile.id}\t{profile.name}")
        return 0
    current = book.current
    print("id\tname\tin use")
    for profile in book.profiles():
        print(f"{profile.id}\t{profile.name}\t{'*' if profile.id == current else ''}")
    return 0


def cmd_defaults(library: Library, args: argparse.Namespace) -> int:
    """`defaults`: show the profile's defaults, or set those given (the window offers
    them when the profile opens: ui/profiles/defaults.py)."""
    from dataclasses import replace

    from containerstudio.storage.profiles import read_defaults, write_defaults

    found = read_defaults(library)
    if args.minutes is not None or args.pack is not None or args.text_size is not None:
        if args.minutes is not None and not 0 <= args.minutes <= 480:
            _say("A session length is between 0 and 480 minutes; nothing was changed.")
            return 2
        found = replace(
            found,
            session_minutes=found.session_minutes
            if args.minutes is None
            else (args.minutes or None),
            pack_id=found.pack_id if args.pack is None else (args.pack or None),
            text_size=found.text_size if args.text_size is None else (args.text_size or None),
        )
        write_defaults(library, found)
    print(f"minutes\t{found.session_minutes or ''}")
    print(f"pack\t{found.pack_id or ''}")
    print(f"text-size\t{found.text_size or ''}")
    return 0


def _place(book: ProfileBook, wanted: str | None) -> LibraryPlace:
    """The library to use: the profile asked for, else the one used last."""
    profile = book.find(wanted) if wanted else book.profile(book.current)
    return book.place(profile.id)


def cmd_list(library: Library) -> int:
    print("id\ttitle\tupdated\tversions")
    for info in library.list_containers():
        print(f"{info.id}\t{info.title}\t{info.updated_at:%Y-%m-%d %H:%M:%S}\t{info.version_count}")
    return 0


# -- versions and backups (issue 5) ------------------------------------------------------
def _add_version_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    versions = sub.add_parser(
        "versions", help="list a container's versions: number, name, kind, created (tab-separated)"
    )
    versions.add_argument("id", type=int, help="container id (see `list`)")
    backup = sub.add_parser(
        "backup", help="write a consistent copy of the library, even while the app is open"
    )
    backup.add_argument("--out", required=True, metavar="FILE", help="where to write the copy")


def cmd_versions(library: Library, args: argparse.Namespace) -> int:
    try:
        library.container(args.id)
    except KeyError:
        print(f"There is no container with id {args.id}; `list` shows them.", file=sys.stderr)
        return 1
    print("number\tname\tkind\tcreated")
    for info in library.list_versions(args.id):
        print(f"{info.number}\t{info.name or ''}\t{info.kind}\t{info.created_at:%Y-%m-%d %H:%M:%S}")
    return 0


def cmd_backup(data_dir: Path, out: str) -> int:
    """Copy the library through SQLite's backup API without opening it for writing.

    A file at the library path that is not a whole library of ours is refused (the
    StorageProblem reaches main), so a copy is never made of something else.
    """
    from containerstudio.storage.backups import write_backup
    from containerstudio.storage.database import check_library_file, translate_disk_problem
    from containerstudio.storage.paths import DATABASE_NAME

    if check_library_file(data_dir) is None:
        print(f"There is no library in “{data_dir}” yet.", file=sys.stderr)
        return 1
    target = Path(out).expanduser()
    try:
        write_backup(data_dir / DATABASE_NAME, target)
    except Exception as exc:  # any disk or SQLite problem gets a calm line, no traceback
        calm = translate_disk_problem(exc, target)
        reason = (
            calm.message
            if isinstance(calm, StorageProblem)
            else "the folder may not exist, or may not take new files"
        )
        _say(f"The copy to “{target}” could not be written ({reason}); the library is unchanged.")
        return 1
    print(target)
    from containerstudio.storage.keys import KEY_FILE, key_file_exists

    if key_file_exists(data_dir):  # a protected library: the copy needs its keys
        print(
            f"This library is protected with a passcode: the copy opens with the passcode and "
            f"the key file “{data_dir / KEY_FILE}” beside it.",
            file=sys.stderr,
        )
    return 0


def _say(line: str) -> None:
    """One calm line on stderr (a message never spans lines there)."""
    print(" ".join(line.split()), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Run the app or one subcommand. A library that cannot be used gets one calm line
    on stderr and exit code 2, from every subcommand; nothing ever shows a traceback."""
    args = build_parser().parse_args(argv)
    data_dir: Path = resolve_data_dir(args.data_dir)
    book = ProfileBook(data_dir, url=resolve_database_url(args.database_url))
    if args.command is None:
        from containerstudio.app import run_app

        try:
            profile_id = book.find(args.profile).id if args.profile else None
        except StorageProblem as problem:
            _say(problem.message)
            return 2
        return run_app(
            data_dir,
            profile=profile_id,
            database_url=book.url,
            quit_when_ready=args.quit_when_ready,
        )
    try:
        return _run_command(args, book)
    except StorageProblem as problem:
        _say(_problem_line(problem, data_dir))
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback; its message may hold what someone wrote
        _say(
            f"Container Studio could not finish `{args.command}` (something unexpected "
            f"happened: {type(exc).__name__}). Everything kept before is still in the library."
        )
        return 2


def _problem_line(problem: StorageProblem, data_dir: Path) -> str:
    from containerstudio.storage.recovery import choices

    try:
        advice = choices(problem, data_dir)
    except Exception:  # the advice is a courtesy; the message itself is what counts
        advice = ""
    return f"{problem.message} {advice}"


def _run_command(args: argparse.Namespace, book: ProfileBook) -> int:
    if args.command == "worksheet":
        return _run_export(args, None)
    if args.command == "profiles":
        return cmd_profiles(book, args)
    place = _place(book, args.profile)
    if args.command == "backup":
        if place.url is not None:
            _say("A library on a server is backed up on the server (pg_dump); nothing was written.")
            return 1
        return cmd_backup(place.folder, args.out)
    from containerstudio.storage.library import Library

    db = place.open()
    try:
        if args.command == PASSCODE_COMMAND:
            return cmd_passcode(db, args)
        library = Library(db)
        unlock_for_command(library, args)  # a protected library opens with its passcode
        if args.command in EXPORT_COMMANDS:
            return _run_export(args, library)
        if args.command == "versions":
            return cmd_versions(library, args)
        if args.command == "defaults":
            return cmd_defaults(library, args)
        if args.command in EXCHANGE_COMMANDS:
            return _run_exchange(args, library)
        return {"list": cmd_list}[args.command](library)
    except StorageProblem as problem:
        print(problem.message, file=sys.stderr)
        return 2
    finally:
        db.close()


def _run_exchange(args: argparse.Namespace, library: Library) -> int:
    """Exchange commands: a calm line on stderr and exit code 1 when a file is refused."""
    from containerstudio.cli.exchange_commands import run_exchange_command
    from containerstudio.exchange.problem import ExchangeProblem

    try:
        return run_exchange_command(args, library)
    except ExchangeProblem as problem:
        _say(problem.message)
        return 1


def _run_export(args: argparse.Namespace, library: Library | None) -> int:
    """Export commands: a calm line on stderr and exit code 1 when it cannot be done."""
    from containerstudio.cli.export import run_export_command
    from containerstudio.export.common import ExportProblem

    try:
        return run_export_command(args, library)
    except (ExportProblem, StorageProblem) as problem:
        _say(problem.message)
        return 1
