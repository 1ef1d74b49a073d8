"""Acceptance (guided exercise 3): SIGKILL in the middle of the flow, start again, and the
session resumes at the same step with the same answers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("flow_probe.py")


def test_killed_session_resumes_at_the_same_step(data_dir):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, str(PROBE), str(data_dir), "drive"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline().strip()
        assert line == "READY outside", line if line else proc.stderr.read()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    out = subprocess.run(
        [sys.executable, str(PROBE), str(data_dir), "report"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    assert report["step"] == "outside"
    assert report["started"]
    assert report["panel"] == "Step 5 of 11"
    assert report["answers"] == {
        "check-in": {"rating": 4},
        "intention": {"text": "Kept for Tuesday"},
    }
    assert report["skipped"] == ["choose-container"]
