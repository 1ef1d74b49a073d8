"""While background work runs Python, the UI thread gets its turn back quickly: the
background helper asks the interpreter to hand over within HANDOVER_S (not the default
5 ms, which a large save turned into stalls of tens of ms)."""

from __future__ import annotations

import sys

from containerstudio.ui.kit.background import HANDOVER_S, BackgroundWork


def test_the_helper_asks_for_a_quick_handover(qapp) -> None:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        work = BackgroundWork()
        assert sys.getswitchinterval() <= HANDOVER_S < 0.005
        work.wait()
    finally:
        sys.setswitchinterval(before)
