"""Small helpers shared by the benchmark scripts."""

from __future__ import annotations

import json
import resource


def peak_memory_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def emit(**figures: object) -> None:
    print(json.dumps(figures))
