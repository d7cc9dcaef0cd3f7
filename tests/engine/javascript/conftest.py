"""Fixtures for the JavaScript toolkit's tests: workspaces written from dicts, captured runner output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from healer.engine.workspace import Workspace

DATA = Path(__file__).resolve().parent / "data"
REPO = "/work"  # the runs in data/ were made in a checkout at /work, like the sandbox's working copy


def data(name: str) -> bytes:
    return (DATA / name).read_bytes()


def package(**fields) -> str:
    return json.dumps({"name": "demo", "version": "1.0.0", **fields})


@pytest.fixture
def workspace(tmp_path):
    def make(files: dict[str, str]) -> Workspace:
        for path, text in files.items():
            target = tmp_path / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        return Workspace(tmp_path)

    return make
