"""A Date read with a String method (fixers/date_strings.py), through the TYPE_ERROR dispatch."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.date_strings import date_string_candidates
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure

SOURCE = """export function parse(rows) {
  return rows.map(([when, litres]) => ({ when: new Date(when), litres: Number(litres) }));
}

export function byYear(readings) {
  const years = {};
  for (const reading of readings) {
    const year = reading.when.slice(0, 4);
    years[year] = (years[year] ?? 0) + reading.litres;
  }
  return years;
}
"""


def test_it_reads_an_iso_field_through_the_dates_utc_getter_first():
    failure = Failure(BugType.TYPE_ERROR, "src/meter.js", 8, "TypeError: reading.when.slice is not a function",
                      "jest", "TypeError")  # fmt: skip
    files = {"src/meter.js": SOURCE}
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert found[0].text == SOURCE.replace("reading.when.slice(0, 4)", "reading.when.getUTCFullYear()")
    assert found[1].text == SOURCE.replace(
        "reading.when.slice(0, 4)", "reading.when.toISOString().slice(0, 4)"
    )


def test_it_converts_to_the_iso_string_for_other_methods_and_only_for_dates():
    source = SOURCE.replace("reading.when.slice(0, 4)", "reading.when.split('-')[0]")
    message = "TypeError: reading.when.split is not a function"
    found = date_string_candidates({"src/meter.js": source}, file="src/meter.js", line=8, message=message)
    assert [c.text for c in found] == [
        source.replace("reading.when.split", "reading.when.toISOString().split")
    ]
    # Made by Number(), not new Date(): not a Date read as a string.
    numbers = source.replace("when: new Date(when)", "when: Number(when)")
    assert (
        date_string_candidates({"src/meter.js": numbers}, file="src/meter.js", line=8, message=message) == []
    )


def test_it_drops_the_number_conversion_of_the_slice_and_keeps_a_sums_precedence():
    source = SOURCE.replace("reading.when.slice(0, 4)", "Number(reading.when.slice(5, 7))")
    message = "TypeError: reading.when.slice is not a function"
    found = date_string_candidates({"src/meter.js": source}, file="src/meter.js", line=8, message=message)
    assert found[0].text == source.replace(
        "Number(reading.when.slice(5, 7))", "reading.when.getUTCMonth() + 1"
    )
    inside = SOURCE.replace("reading.when.slice(0, 4)", "reading.when.slice(5, 7) * 100")
    found = date_string_candidates({"src/meter.js": inside}, file="src/meter.js", line=8, message=message)
    assert found[0].text == SOURCE.replace(
        "reading.when.slice(0, 4)", "(reading.when.getUTCMonth() + 1) * 100"
    )
