"""The command line of the exchange: portable files, the therapist card, the sealed
handover and the log of what left the app.

    export-portable ID --out FILE [--versions 1,3] [--no-slips]
    import-portable FILE
    therapist-card --out CARD [--page PDF]     (the therapist's side)
    import-card CARD                            (the client's side)
    seal ID --out FILE [--versions …] [--no-slips]   ("Send to my therapist")
    open-sealed FILE                            (the therapist's side)
    what-left                                   (the log: when, kind, parts)

Every refusal is one calm line on stderr and exit code 1; the library is unchanged.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from containerstudio.storage.library import Library

EXCHANGE_COMMANDS = (
    "export-portable",
    "import-portable",
    "therapist-card",
    "import-card",
    "seal",
    "open-sealed",
    "what-left",
)


def add_exchange_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the exchange subcommands (argparse only: nothing heavy loads here)."""
    for name, about in (
        ("export-portable", "a portable file of one container (versions, photos, slips)"),
        ("seal", "send to my therapist: a portable file sealed to the therapist's card"),
    ):
        p = sub.add_parser(name, help=about)
        p.add_argument("id", type=int, help="container id (see `list`)")
        p.add_argument("--out", required=True, type=Path)
        p.add_argument("--versions", default=None, help="comma-separated version numbers")
        p.add_argument("--no-slips", action="store_true", help="leave the slips out")
    p = sub.add_parser("import-portable", help="add a portable file as a new container")
    p.add_argument("file", type=Path)
    p = sub.add_parser("therapist-card", help="this library's therapist card (made once)")
    p.add_argument("--out", required=True, type=Path, help="the card file (.cscard)")
    p.add_argument("--page", type=Path, default=None, help="also a printable PDF page")
    p = sub.add_parser("import-card", help="keep your therapist's card in this library")
    p.add_argument("file", type=Path)
    p = sub.add_parser("open-sealed", help="open a file sealed to this library's card")
    p.add_argument("file", type=Path)
    sub.add_parser("what-left", help="what left the app: when, what kind, which parts")


def run_exchange_command(args: argparse.Namespace, library: Library) -> int:
    """Run one exchange subcommand; ExchangeProblem reaches the caller."""
    from containerstudio.exchange import handover, portable, therapist
    from containerstudio.exchange.portable_format import MAX_FILE_BYTES
    from containerstudio.exchange.sealing import MAX_SEALED_BYTES

    command = args.command
    if command in ("export-portable", "seal"):
        versions = _numbers(args.versions)
        make = (
            portable.export_portable
            if command == "export-portable"
            else (handover.send_to_therapist)
        )
        written = make(library, args.id, args.out, versions, include_slips=not args.no_slips)
        print(f"Written: {written}")
    elif command == "import-portable":
        data = portable.read_file(args.file, MAX_FILE_BYTES)
        new_id = portable.import_portable(library, data, args.file.name)
        print(f"Added as container {new_id}.")
    elif command == "open-sealed":
        data = portable.read_file(args.file, MAX_SEALED_BYTES)
        new_id = handover.open_handover(library, data, args.file.name)
        print(f"Opened and added as container {new_id}.")
    elif command == "therapist-card":
        card = therapist.therapist_card(library)
        portable.write_file(args.out, card.to_json().encode("utf-8"))
        print(f"Written: {args.out}")
        if args.page is not None:
            from containerstudio.exchange.card_page import write_card_page

            print(f"Written: {write_card_page(args.page, card)}")
        print(f"Fingerprint words: {card.words}")
    elif command == "import-card":
        card = therapist.read_card(portable.read_file(args.file, 4096), args.file.name)
        therapist.keep_card(library, card)
        print(f"Kept. Fingerprint words: {card.words}")
        print("You may compare them with the words on your therapist's card.")
    elif command == "what-left":
        from containerstudio.exchange.departures import departures

        print("when\tkind\tparts\tcontainers\tversions")
        for entry in departures(library):
            row = (f"{entry.at:%Y-%m-%d %H:%M:%S}", entry.kind, ",".join(entry.parts))
            print("\t".join((*row, str(entry.containers), str(entry.versions))))
    return 0


def _numbers(text: str | None) -> list[int] | None:
    if text is None:
        return None
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        print(
            "Version numbers are whole numbers separated by commas, such as 1,3.", file=sys.stderr
        )
        raise SystemExit(1) from None
