"""A pytest plugin (loaded by tests/conftest.py): the teardown of a failed test has a
time bound too.

pytest and pytest-timeout stop their timers once a test has failed (their
`pytest_exception_interact` hooks), so a fixture left waiting without a bound after a
failure (a worker that never finishes) used to hang the whole suite. Here a teardown
that nothing else bounds fails after `teardown_timeout` seconds (SIGALRM, so the run
goes on), and ends the run with every thread's stack printed a minute after that, in
case it is stuck where no signal is heard.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys

import pytest

_stderr: dict[str, int] = {}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "teardown_timeout",
        "seconds a test's teardown may take when no other timer bounds it (0: no bound)",
        default="120",
    )


def pytest_configure(config: pytest.Config) -> None:
    # The terminal's stderr, kept before output capture sends fd 2 elsewhere.
    _stderr["fd"] = os.dup(sys.__stderr__.fileno())


def pytest_unconfigure(config: pytest.Config) -> None:
    fd = _stderr.pop("fd", None)
    if fd is not None:
        os.close(fd)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    bound = float(item.config.getini("teardown_timeout") or 0)
    if bound <= 0 or not hasattr(signal, "setitimer"):  # (no SIGALRM off POSIX)
        return (yield)
    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:  # pytest-timeout's timer still runs
        return (yield)

    def too_long(_signum: int, _frame: object) -> None:
        pytest.fail(f"the teardown took longer than {bound:g} s", pytrace=True)

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.setitimer(signal.ITIMER_REAL, bound)
    faulthandler.dump_traceback_later(bound + 60, exit=True, file=_stderr.get("fd", 2))
    try:
        return (yield)
    finally:
        faulthandler.cancel_dump_traceback_later()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
