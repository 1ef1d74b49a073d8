"""One measured figure, printed as a JSON object per line."""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass


@dataclass
class Figure:
    name: str
    value: float
    baseline: float
    target: str
    ok: bool
    unit: str = ""
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    def to_json(self) -> str:
        data = asdict(self)
        data["ratio"] = round(self.ratio, 3)
        data["value"] = round(self.value, 4)
        data["baseline"] = round(self.baseline, 4)
        ordered = {k: data[k] for k in ("name", "value", "baseline", "ratio", "target", "ok")}
        ordered.update({k: data[k] for k in ("unit", "note") if data[k]})
        return json.dumps(ordered)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0..100), linear between closest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values)
