"""Every test has a time bound: a failing or hanging test fails; it never hangs the suite.

A failing autosave test once hung the suite in its teardown for over ten minutes:
pytest and pytest-timeout stop their timers once a test has failed, so a fixture left
waiting without a bound was never stopped. tests/time_bounds.py bounds that teardown.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent

PROBE = textwrap.dedent(
    """
    import threading
    import pytest

    @pytest.fixture
    def stuck():
        yield
        threading.Event().wait()  # a worker that never finishes, waited for without a bound

    def test_fails_then_its_teardown_sticks(stuck):
        assert False

    def test_hangs():
        threading.Event().wait()

    def test_after():
        pass
    """
)


def test_the_suite_bounds_every_test(pytestconfig):
    assert 0 < float(pytestconfig.getini("timeout")) <= 600
    assert pytestconfig.getini("timeout_method") == "signal"
    assert float(pytestconfig.getini("faulthandler_timeout")) > float(
        pytestconfig.getini("timeout")
    ), "a test stuck inside Qt prints its stacks and ends the run, after the soft bound"
    assert pytestconfig.getini("faulthandler_exit_on_timeout") is True
    assert 0 < float(pytestconfig.getini("teardown_timeout")) <= 300
    assert pytestconfig.pluginmanager.has_plugin("time_bounds")


def test_a_hanging_test_and_a_stuck_teardown_fail_and_the_run_goes_on(tmp_path):
    (tmp_path / "test_probe.py").write_text(PROBE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "time_bounds", "-p", "no:cacheprovider",
         "-o", "timeout=3", "-o", "teardown_timeout=2", "-q", "test_probe.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(HERE)},
    )  # fmt: skip
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "FAILED test_probe.py::test_hangs - Failed: Timeout" in out, out
    assert "ERROR test_probe.py::test_fails_then_its_teardown_sticks" in out, out
    assert "the teardown took longer than 2 s" in out, out
    assert "2 failed, 1 passed, 1 error" in out, out
