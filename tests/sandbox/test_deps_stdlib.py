"""The pip installer leaves out PyPI backports named like a standard-library module."""

from __future__ import annotations

from sandbox.deps_pip import ImageFacts, PipIndex, PipInstaller, PipPlan
from sandbox.requirements import Declarations, Declared, Kind


def _plan(*texts: str) -> PipPlan:
    declared = tuple(
        Declared(
            requirement=text, name=text.split("=")[0].split(">")[0], kind=Kind.TEST, source="pyproject.toml"
        )
        for text in texts
    )
    return PipPlan(declarations=Declarations(), requirements=declared, constraints=())


def _facts(*, stdlib: frozenset[str]) -> ImageFacts:
    env = {"python_version": "3.13", "sys_platform": "linux"}
    return ImageFacts(distributions={}, environment=env, stdlib=stdlib)


def test_it_leaves_out_a_backport_that_would_shadow_the_stdlib() -> None:
    installer = PipInstaller(PipIndex(), inputs_dir="/inputs")
    facts = _facts(stdlib=frozenset({"argparse", "typing", "json"}))

    needed, notes = installer.needed(_plan("argparse", "pytest-mock", "Typing>=3.7"), facts)

    assert [d.requirement for d in needed] == ["pytest-mock"]
    assert "part of the standard library, not installed: argparse" in notes
    assert "part of the standard library, not installed: Typing>=3.7" in notes


def test_it_installs_a_name_the_images_stdlib_does_not_have() -> None:
    installer = PipInstaller(PipIndex(), inputs_dir="/inputs")
    # An image whose Python lacks the module (older facts: no stdlib list) installs as declared.
    needed, notes = installer.needed(_plan("argparse"), _facts(stdlib=frozenset()))

    assert [d.requirement for d in needed] == ["argparse"]
    assert not notes


def test_it_gives_a_plan_with_a_stdlib_backport_a_new_cache_key() -> None:
    installer = PipInstaller(PipIndex(), inputs_dir="/inputs")
    plain = installer.cache_key(_plan("pytest-mock"))

    assert b"stdlib_left_out" not in plain  # other projects keep their cached volumes
    assert b"stdlib_left_out" in installer.cache_key(_plan("argparse", "pytest-mock"))
