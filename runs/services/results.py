"""results.json: written at the end of every run (and on demand by `heal --results`)."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings

from runs.models import Run
from runs.selectors import run_results


def results_path(*, run: Run) -> Path:
    return Path(settings.HEALER_RESULTS_ROOT) / f"run-{run.pk}.json"


def results_write(*, run: Run, path: Path | None = None) -> Path:
    """Write results.json (atomically) for a finished run."""
    path = path or results_path(run=run)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(run_results(run=run), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path
