"""Round 53 (review of pylogic27): a verdict keyword is not flipped against the keywords it travels with."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources

# r324's shape (synthetic names): early exits return an invalid result with an error, the end a valid one.
SOURCE = (
    "def check(value):\n"
    "    if not value:\n"
    "        return Result(valid=False, error='empty')\n"
    "    if not PATTERN.match(value):\n"
    "        return Result(\n"
    "            valid=False,\n"
    "            cleaned=value,\n"
    "            error='bad pattern',\n"
    "        )\n"
    "    return Result(valid=True, cleaned=value, meta={'n': len(value)})\n"
)


def _sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _p, new, _d, _k in _scored_sources(sf, line, "AssertionError")]


def test_it_does_not_flip_an_early_exit_verdict_to_the_success_value():
    flipped = SOURCE.replace("valid=False,\n            cleaned", "valid=True,\n            cleaned")
    assert flipped != SOURCE
    assert flipped not in _sources(SOURCE, 6)


def test_it_still_flips_a_verdict_whose_keywords_fit_the_new_value():
    # The exit carries no keyword the valid result lacks: nothing says the flip builds a result never built.
    source = SOURCE.replace("            error='bad pattern',\n", "")
    flipped = source.replace("valid=False,\n            cleaned", "valid=True,\n            cleaned")
    assert flipped in _sources(source, 6)
    # Nor where no call passes the new verdict.
    alone = SOURCE.replace("Result(valid=True, cleaned=value, ", "Result(cleaned=value, ")
    flipped = alone.replace("valid=False,\n            cleaned", "valid=True,\n            cleaned")
    assert flipped in _sources(alone, 6)


def test_it_keeps_a_flip_when_the_keyword_goes_with_the_old_verdict_only_sometimes():
    # `cleaned` comes with one other invalid result but not with the first: no belief of the old verdict.
    source = (
        SOURCE.replace("            error='bad pattern',\n", "").replace("cleaned=value, meta=", "meta=")
        + "\n\ndef other(value):\n    return Result(valid=False, cleaned=value, error='x')\n"
    )
    flipped = source.replace("valid=False,\n            cleaned", "valid=True,\n            cleaned")
    assert flipped != source
    assert flipped in _sources(source, 6)
