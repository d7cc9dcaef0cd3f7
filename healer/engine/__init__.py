"""The healing engine: pure Python, no Django.

It discovers a repository's checks, runs them through a `Sandbox` (see
types.py; implemented by the sandbox app), classifies and localises each
failure, and produces validated fixes. Inputs and outputs are plain
dataclasses so the engine can be tested and reused without a database.

`SUPPORT_ROOT` is the folder of files the engine needs inside a sandbox (its
pytest plugin): a sandbox backend copies it to `Sandbox.support_dir`.
"""

from pathlib import Path

SUPPORT_ROOT = Path(__file__).resolve().parent / "support"
