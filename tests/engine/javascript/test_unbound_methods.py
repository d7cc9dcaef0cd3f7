"""A method passed on without its object (fixers/unbound_methods.py), through dispatch."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.unbound_methods import unbound_method_candidates
from healer.engine.types import BugType, Failure

SHELF = """class Shelf {
  constructor(limit) {
    this.limit = limit;
  }

  fits(book) {
    return book.width <= this.limit;
  }

  sort(books) {
    return books.filter(this.fits);
  }
}
module.exports = { Shelf };
"""
LIBRARY = "const { Shelf } = require('./shelf');\nconst shelf = new Shelf(3);\nconst check = shelf.fits;\nmodule.exports = { check };\n"
MESSAGE = "Cannot read properties of undefined (reading 'limit')"


def test_it_calls_a_detached_method_on_its_object_where_it_is_passed_on():
    found = list(unbound_method_candidates({"lib/shelf.js": SHELF, "lib/library.js": LIBRARY},
                                           file="lib/shelf.js", line=7, message=MESSAGE))  # fmt: skip
    lines = {(file, line, new.split("\n")[line - 1]) for file, line, new, _ in found}
    assert lines == {
        ("lib/shelf.js", 11, "    return books.filter((book) => this.fits(book));"),
        ("lib/shelf.js", 11, "    return books.filter(this.fits.bind(this));"),
        ("lib/library.js", 3, "const check = (book) => shelf.fits(book);"),
        ("lib/library.js", 3, "const check = shelf.fits.bind(shelf);"),
    }


def test_it_leaves_a_property_of_undefined_read_through_another_object():
    source = "class Shelf {\n  fits(book) {\n    return book.size.width;\n  }\n}\n"
    found = unbound_method_candidates({"lib/s.js": source}, file="lib/s.js", line=3,
                                      message="Cannot read properties of undefined (reading 'width')")  # fmt: skip
    assert list(found) == []


def test_it_puts_the_detaching_place_first_for_a_runtime_type_error():
    files = {"lib/shelf.js": SHELF}
    failure = Failure(bug_type=BugType.TYPE_ERROR, file="lib/shelf.js", line=7, message=f"TypeError: {MESSAGE}",
                      source="mocha")  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert (found[0].line, found[0].text.split("\n")[10]) == (
        11,
        "    return books.filter((book) => this.fits(book));",
    )
