"""Class members reached the wrong way (fixers/class_members.py), through type_error_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.class_members import iteration_protocol_candidates
from healer.engine.javascript.fixers.type_errors import type_error_candidates

KILN = """export class Kiln {
  constructor(loads) {
    this.loads = loads;
  }

  static hoursFor(load) {
    return load.kg * 2;
  }

  schedule() {
    return this.loads.reduce((sum, load) => sum + this.hoursFor(load), 0);
  }
}
"""


def test_it_calls_a_static_method_read_through_this_on_its_class():
    found = type_error_candidates(KILN, "src/kiln.js", line=11, message="this.hoursFor is not a function")
    assert found[0].text.split("\n")[10] == (
        "    return this.loads.reduce((sum, load) => sum + Kiln.hoursFor(load), 0);"
    )


def test_it_leaves_an_instance_method_of_the_same_name_alone():
    both = KILN.replace("  schedule() {", "  hoursFor(load) {\n    return 1;\n  }\n\n  schedule() {")
    found = type_error_candidates(both, "src/kiln.js", line=14, message="this.hoursFor is not a function")
    assert not any("Kiln.hoursFor" in c.text for c in found)


LOOM = """class Loom {
  #warp;

  constructor(warp) {
    this.#warp = warp;
  }

  get warp() {
    return this.#warp;
  }

  rethread(count) {
    this.warp = count;
  }
}
"""


def test_it_writes_the_field_a_getter_without_setter_reads():
    found = type_error_candidates(
        LOOM, "src/loom.js", line=13,
        message="Cannot set property warp of #<Loom> which has only a getter",
    )  # fmt: skip
    assert found[0].text.split("\n")[12] == "    this.#warp = count;"


def test_it_leaves_a_getter_that_computes_its_value_alone():
    computed = LOOM.replace("return this.#warp;", "return this.#warp * 2;")
    found = type_error_candidates(
        computed, "src/loom.js", line=13,
        message="Cannot set property warp of #<Loom> which has only a getter",
    )  # fmt: skip
    assert not any("this.#warp = count" in c.text for c in found)


PLAYLIST = """class Playlist {
  constructor(tracks) {
    this.tracks = tracks;
  }

  *iterator() {
    yield* this.tracks;
  }
}

module.exports = { Playlist };
"""


def test_it_keys_an_iterator_method_named_by_a_string_with_the_well_known_symbol():
    from healer.engine.javascript.fixers.class_members import iteration_protocol_candidates

    found = iteration_protocol_candidates(
        {"lib/playlist.js": PLAYLIST, "test/playlist.test.js": "[...new Playlist([1])];\n"},
        message="playlist is not a function or its return value is not iterable",
        is_test=lambda f: f.startswith("test/"),
    )
    assert [(c.file, c.line) for c in found] == [("lib/playlist.js", 6)]
    assert "  *[Symbol.iterator]() {" in found[0].text


def test_it_leaves_a_class_that_already_has_the_symbol_alone():
    from healer.engine.javascript.fixers.class_members import iteration_protocol_candidates

    both = PLAYLIST.replace(
        "  *iterator() {", "  [Symbol.iterator]() {\n    return this.iterator();\n  }\n\n  *iterator() {"
    )
    found = iteration_protocol_candidates({"lib/playlist.js": both}, message="playlist is not iterable")
    assert found == []


def test_it_keys_the_iterator_for_a_not_iterable_error_located_in_a_test_file():
    from healer.engine.javascript.classify import Repository
    from healer.engine.javascript.fixers.dispatch import candidates_for
    from healer.engine.types import BugType, Failure

    files = {"lib/playlist.js": PLAYLIST, "test/playlist.test.js": "const all = [...playlist];\n"}
    repo = Repository(files=list(files), read=files.get, test_files=("test/playlist.test.js",))
    failure = Failure(
        bug_type=BugType.TYPE_ERROR, file="test/playlist.test.js", line=1, source="test",
        message="TypeError: playlist is not a function or its return value is not iterable",
    )  # fmt: skip
    found = candidates_for(failure, repo=repo, module_type="commonjs")
    assert [(c.file, c.line) for c in found] == [("lib/playlist.js", 6)]


# Round 52 (npm26): a [Symbol.iterator]() that returns an iterable, not an iterator. Synthetic.
SHELF = """class Shelf {
  constructor(jars) {
    this.jars = [...jars];
  }

  [Symbol.iterator]() {
    return this.jars;
  }
}
module.exports = { Shelf };
"""


def test_it_returns_the_stored_arrays_iterator_from_symbol_iterator():
    found = iteration_protocol_candidates({"src/shelf.js": SHELF}, message="shelf is not iterable")
    assert [c.text for c in found] == [
        SHELF.replace("return this.jars;", "return this.jars.values();"),
        SHELF.replace("return this.jars;", "return this.jars[Symbol.iterator]();"),
    ]
    assert found[0].line == 7


def test_it_delegates_first_when_the_field_is_not_known_to_be_an_array():
    source = SHELF.replace("this.jars = [...jars];", "this.jars = jars;")
    found = iteration_protocol_candidates({"src/shelf.js": source}, message="shelf is not iterable")
    assert found[0].text == source.replace("return this.jars;", "return this.jars[Symbol.iterator]();")


def test_it_leaves_a_generator_and_a_returned_call_alone():
    generator = SHELF.replace(
        "[Symbol.iterator]() {\n    return this.jars;",
        "*[Symbol.iterator]() {\n    yield* this.jars;\n    return this.jars;",
    )
    assert iteration_protocol_candidates({"src/shelf.js": generator}, message="shelf is not iterable") == []
    called = SHELF.replace("return this.jars;", "return this.jars.values();")
    assert iteration_protocol_candidates({"src/shelf.js": called}, message="shelf is not iterable") == []


def test_it_leaves_the_returns_of_a_callback_inside_the_method():
    # `return jar.full;` is the filter callback's answer, not what [Symbol.iterator]() gives.
    source = SHELF.replace(
        "return this.jars;",
        "const full = this.jars.filter(function (jar) {\n      return jar.full;\n    });\n    return full;",
    )
    found = iteration_protocol_candidates({"src/shelf.js": source}, message="shelf is not iterable")
    assert found
    assert all("return jar.full;" in c.text for c in found)
