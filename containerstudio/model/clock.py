"""The one clock for stored times: local wall time to the second (what the library's
`created`, `updated` and `deleted` columns hold)."""

from __future__ import annotations

import datetime as dt


def now() -> dt.datetime:
    """The local time now, without microseconds (stored rows compare and print cleanly)."""
    return dt.datetime.now().replace(microsecond=0)
