"""Run every benchmark and print one JSON object per figure.

python -m benchmarks            # full mode (the README's figures)
python -m benchmarks --quick    # quick mode, used by CI to keep the benchmarks working
python -m benchmarks --only stroke_event
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time

from benchmarks.env import qapp

MODULES = (
    "stroke_event",
    "pen_release_history",
    "version_save",
    "open_container",
    "pdf_export",
    "startup",
    "memory",
    "encryption",
    "ui_stall",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument("--only", action="append", choices=MODULES, help="run just these")
    args = parser.parse_args(argv)
    qapp()
    ok = not_ok = 0
    started = time.perf_counter()
    print(f"# {platform.platform()}, {platform.python_version()}, quick={args.quick}", flush=True)
    for name in args.only or MODULES:
        module = importlib.import_module(f"benchmarks.{name}")
        for figure in module.run(args.quick):
            print(figure.to_json(), flush=True)
            ok, not_ok = (ok + 1, not_ok) if figure.ok else (ok, not_ok + 1)
    print(f"# {ok} figures on target, {not_ok} not yet, in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
