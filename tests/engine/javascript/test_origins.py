"""A runtime TypeError's value followed back to the lines that defined it (fixers/origins.py)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.origins import origin_lines, origin_places
from healer.engine.types import BugType, Failure

LIST = """class List {
  push(node) {
    node.prev = this.tail;
    this.tail = node.prev;
    this.head = this.head || node;
  }

  drop(node) {
    return node.value;
  }

  dropTail() {
    const node = this.tail;
    return this.drop(node);
  }
}
"""

CACHE = """const cache = new Map();

export function compile(pattern) {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    cache.set(pattern, pattern);
  }
  return regex;
}

export function matches(pattern, topic) {
  return compile(pattern).test(topic);
}
"""


def test_a_parameter_is_followed_into_its_caller_and_a_field_to_its_assignments():
    message = "Cannot read properties of undefined (reading 'value')"
    # `node` is drop's parameter: its value is what dropTail passed (line 14), read from
    # `this.tail` (13), which push set from `node.prev` (4), which push set first (3).
    assert origin_lines(LIST, "list.js", line=9, message=message, callers=[14]) == [14, 13, 4, 3]
    assert origin_lines(LIST, "list.js", line=9, message=message) == []  # no caller: nothing to follow


def test_a_call_result_is_followed_to_its_returns_and_a_cache_to_its_stores():
    lines = origin_lines(CACHE, "p.js", line=13, message="compile(...).test is not a function")
    assert lines == [9, 4, 6, 7]


def test_origin_mutations_follow_the_crash_lines_templates_and_edit_the_value_first():
    files = {"src/list.js": LIST}
    failure = Failure(
        BugType.TYPE_ERROR, "src/list.js", 9, "TypeError: Cannot read properties of undefined (reading 'value')",
        "mocha", "TypeError", extra={"frames": [("src/list.js", 9), ("src/list.js", 14), ("test/l.test.js", 3)]},
    )  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert found[-1].line == 9 and found[-1].guard  # the crash line's guard last: a symptom fix
    at_line_4 = [c.text.split("\n")[3].strip() for c in found if c.line == 4]
    # The value of the assignment is edited before what it assigns to.
    assert at_line_4[0] == "this.tail = node.value;"
    assert "this.head = node.prev;" in at_line_4


def test_a_missing_array_made_by_an_object_literal_is_defaulted_where_it_is_made():
    text = (
        "function parse(m) {\n  return {\n    tags: m[4] && m[4].split('.'),\n  };\n}\n\n"
        "function format(v) {\n  return v.tags.length;\n}\n"
    )
    message = "Cannot read properties of undefined (reading 'length')"
    assert origin_lines(text, "v.js", line=8, message=message) == [3]
    files = {"src/v.js": text}
    failure = Failure(BugType.TYPE_ERROR, "src/v.js", 8, f"TypeError: {message}", "jest", "TypeError")
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    default = next(c for c in found if c.line == 3)
    assert found.index(default) < next(
        i for i, c in enumerate(found) if c.line == 8
    )  # where it is made first
    assert default.text.split("\n")[2] == "    tags: m[4] ? m[4].split('.') : []," and default.guard


def test_a_parameter_is_followed_into_a_caller_in_another_file():
    encode = "function decode(text) {\n  return text.replace('+', ' ');\n}\nmodule.exports = { decode };\n"
    parse = (
        "const { decode } = require('./encode');\n"
        "function parse(query) {\n  const pairs = query.split('&');\n"
        "  for (const pair of pairs) {\n    const key = decode(pairs.slice(0, 1));\n  }\n}\n"
    )
    sources = {"src/encode.js": encode, "src/parse.js": parse, "README.md": "# q\n"}
    frames = [("src/parse.js", 5)]
    places = origin_places(
        sources, file="src/encode.js", line=2, message="text.replace is not a function", frames=frames
    )
    assert places[0] == ("src/parse.js", 5)
    failure = Failure(
        BugType.TYPE_ERROR, "src/encode.js", 2, "TypeError: text.replace is not a function", "jest", "TypeError",
        extra={"frames": [("src/encode.js", 2), *frames, ("test/q.test.js", 4)]},
    )  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(sources), read=sources.get))
    fix = parse.replace("decode(pairs.slice", "decode(pair.slice")
    assert any(c.file == "src/parse.js" and c.line == 5 and c.text == fix and c.guard for c in found)


def test_a_parameter_a_caller_left_out_gets_a_default_where_it_is_declared():
    split = (
        "function share(bill, options = {}) {\n  return bill / (options.people ?? 1);\n}\n\n"
        "function split(bill, options) {\n  const { people = 1, weights } = options;\n"
        "  return weights ? weights.map((w) => w * bill) : bill / people;\n}\n"
    )
    files = {"src/split.js": split}
    for message in (
        "TypeError: Cannot read properties of undefined (reading 'people')",
        "TypeError: Cannot destructure property 'people' of 'options' as it is undefined.",
    ):
        failure = Failure(BugType.TYPE_ERROR, "src/split.js", 6, message, "node-test", "TypeError",
                          extra={"frames": [("src/split.js", 6), ("test/s.test.js", 3)]})  # fmt: skip
        first = candidates_for(failure, repo=Repository(files=set(files), read=files.get))[0]
        assert first.line == 5 and first.guard
        assert first.text.split("\n")[4] == "function split(bill, options = {}) {"
    listed = "function total(items: number[]) {\n  return items.reduce((a, b) => a + b, 0);\n}\n"
    files = {"src/total.ts": listed}
    failure = Failure(BugType.TYPE_ERROR, "src/total.ts", 2, "TypeError: Cannot read properties of undefined "
                      "(reading 'reduce')", "vitest", "TypeError")  # fmt: skip
    first = candidates_for(failure, repo=Repository(files=set(files), read=files.get))[0]
    assert first.text.startswith("function total(items: number[] = []) {")


def test_a_method_passed_on_without_its_object_is_bound_again_where_it_was_passed():
    garage = (
        "class Garage {\n  hasRoom(level) {\n    return this.occupied(level.name) < level.spaces;\n  }\n\n"
        "  withRoom() {\n    return this.levels.filter(this.hasRoom);\n  }\n}\nmodule.exports = { Garage };\n"
    )
    files = {"src/garage.js": garage}
    failure = Failure(
        BugType.TYPE_ERROR, "src/garage.js", 3, "TypeError: Cannot read properties of undefined (reading 'occupied')",
        "jest", "TypeError", extra={"frames": [("src/garage.js", 3), ("src/garage.js", 7), ("test/g.test.js", 5)]},
    )  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert [(c.line, c.text.split("\n")[6].strip()) for c in found[:2]] == [
        (7, "return this.levels.filter((level) => this.hasRoom(level));"),
        (7, "return this.levels.filter(this.hasRoom.bind(this));"),
    ]
    # Binding the method where it was detached repairs the cause (the value of `this`), not a symptom:
    # it is no guard, so a test that then fails further on (a bug the crash hid) does not reject it
    # (fixers/unbound_methods.py; d149's key was rejected as a guard).
    assert not found[0].guard


def test_a_whole_object_passed_for_a_parameter_that_wants_one_of_its_fields_passes_the_field():
    # V8 places the crash at `.split(' ')`, the line below where the chain starts.
    text = (
        "function parse(s) {\n  const [family, given] = s.split(',');\n  return { family, given };\n}\n\n"
        "function initials(given) {\n  return given\n    .split(' ')\n    .map((w) => w[0])\n    .join('');\n}\n\n"
        "function format(name) {\n  return `${name.family} ${initials(name)}`;\n}\n"
    )
    files = {"src/names.js": text}
    failure = Failure(
        BugType.TYPE_ERROR, "src/names.js", 8, "TypeError: given.split is not a function", "jest", "TypeError",
        extra={"frames": [("src/names.js", 8), ("src/names.js", 14), ("test/n.test.js", 3)]},
    )  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    passed = [c for c in found if c.line == 14 and "initials(name." in c.text]
    assert [c.text.split("\n")[13].strip() for c in passed] == [
        "return `${name.family} ${initials(name.given)}`;",
        "return `${name.family} ${initials(name.family)}`;",
    ]
    # Away from the crash: only the field named like the parameter counts when a test gets further.
    assert [c.guard for c in passed] == [False, True]


def test_a_function_returning_a_match_that_can_be_null_is_defaulted_in_its_return():
    words = "export function words(s) {\n  return s.match(/[a-z]+/g);\n}\n"
    check = "import { words } from './words.js';\nexport function count(s) {\n  return words(s).map((w) => w.length);\n}\n"
    files = {"src/words.js": words, "src/check.js": check}
    message = "Cannot read properties of null (reading 'map')"
    failure = Failure(BugType.TYPE_ERROR, "src/check.js", 3, f"TypeError: {message}", "vitest", "TypeError")
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    default = next(c for c in found if c.file == "src/words.js" and c.line == 2)
    assert default.text == words.replace("s.match(/[a-z]+/g)", "s.match(/[a-z]+/g) ?? []") and default.guard


def test_a_field_no_code_sets_is_renamed_in_the_literal_that_spells_it_alike():
    text = (
        "function newMatch(players, bestOf = 3) {\n  return { players, bestOf, set: [] };\n}\n\n"
        "function addSet(match, games) {\n  match.sets.push(games);\n  return match;\n}\n\n"
        "function setsWon(match) {\n  const won = [0, 0];\n  for (const games of match.sets) won[games[0] > games[1] ? 0 : 1] += 1;\n"
        "  return match.players.length === 2 && match.bestOf ? won : null;\n}\n"
    )
    files = {"src/match.js": text}
    failure = Failure(
        BugType.TYPE_ERROR, "src/match.js", 12, "TypeError: match.sets is not iterable", "jest", "TypeError",
        extra={"frames": [("src/match.js", 12), ("test/m.test.js", 3)]},
    )  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    # Every read says 'sets', the one literal says 'set': the literal is renamed, first, at its line.
    assert (found[0].line, found[0].guard) == (2, False)
    assert found[0].text == text.replace("bestOf, set: []", "bestOf, sets: []")
    # The same for the other crash that read the field, and for a shorthand key.
    push = Failure(BugType.TYPE_ERROR, "src/match.js", 6, "TypeError: Cannot read properties of undefined "
                   "(reading 'push')", "jest", "TypeError")  # fmt: skip
    assert candidates_for(push, repo=Repository(files=set(files), read=files.get))[0].text == found[0].text
    short = {"src/match.js": text.replace("set: []", "set")}
    first = candidates_for(failure, repo=Repository(files=set(short), read=short.get))[0]
    assert "{ players, bestOf, sets: set }" in first.text
    # A field some code sets is no misnomer: nothing is renamed.
    sets = {"src/match.js": text + "function reset(match) {\n  match.sets = [];\n}\n"}
    assert all(
        "sets: []" not in c.text
        for c in candidates_for(failure, repo=Repository(files=set(sets), read=sets.get))
    )


def test_a_lookup_that_missed_falls_back_on_the_key_the_object_literal_passed_defines():
    text = (
        "const DAYS = ['sun', 'mon'];\n\nfunction compile(week) {\n  return DAYS.map((day) => {\n"
        "    const points = week[day];\n    return points.map((p) => p * 2);\n  });\n}\n\n"
        "const FACTORY = compile({ default: [1, 2] });\n\nmodule.exports = { FACTORY, compile };\n"
    )
    files = {"src/schedule.js": text}
    failure = Failure(
        BugType.TYPE_ERROR, "src/schedule.js", 6, "TypeError: Cannot read properties of undefined (reading 'map')",
        "mocha", "TypeError", extra={"frames": [("src/schedule.js", 6), ("src/schedule.js", 4), ("src/schedule.js", 10)]},
    )  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    # The literal given for `week` names 'default', which no day is: the lookup falls back on it, before
    # the plain `?? []` that only avoids the crash.
    assert (found[0].line, found[0].guard) == (5, False)
    assert found[0].text == text.replace("week[day];", "week[day] ?? week.default;")
    assert found[1].text == text.replace("week[day];", "week[day] ?? [];") and found[1].guard


def test_it_gives_no_default_to_the_element_parameter_of_an_array_callback():
    from healer.engine.javascript.fixers.origins import parameter_defaults

    source = (
        "export function indexOfShelf(shelves, label) {\n"
        "  return shelves.findIndex((shelf) => shelf.label === label);\n"
        "}\n"
    )
    message = "Cannot read properties of undefined (reading 'label')"
    assert parameter_defaults(source, "src/shelves.js", line=2, message=message) == []
    # The enclosing function's own parameter, which a caller may leave out, still gets one.
    direct = "export function labelOf(shelf) {\n  return shelf.label;\n}\n"
    assert parameter_defaults(direct, "src/shelves.js", line=2, message=message)[0][2] == (
        "default the parameter 'shelf' to {}"
    )


BASKET = """export class Basket {
  constructor() {
    this.items = [];
  }

  add(item) {
    this.items = this.items.unshift(item);
    return this;
  }

  weight() {
    return this.items.reduce((sum, item) => sum + item.kg, 0);
  }
}
"""


def test_it_keeps_an_in_place_call_whose_result_was_stored_over_its_receiver():
    # unshift returns the new length: the reduce two methods later crashes on a number.
    files = {"src/basket.js": BASKET}
    failure = Failure(BugType.TYPE_ERROR, "src/basket.js", 12, "TypeError: this.items.reduce is not a function",
                      "jest", "TypeError")  # fmt: skip
    first = candidates_for(failure, repo=Repository(files=set(files), read=files.get))[0]
    assert (first.line, first.text) == (
        7,
        BASKET.replace("this.items = this.items.unshift(item);", "this.items.unshift(item);"),
    )
    # The second add crashes on its own line, on the number the first one stored.
    failure = Failure(BugType.TYPE_ERROR, "src/basket.js", 7, "TypeError: this.items.unshift is not a function",
                      "jest", "TypeError")  # fmt: skip
    first = candidates_for(failure, repo=Repository(files=set(files), read=files.get))[0]
    assert (first.line, first.text) == (
        7,
        BASKET.replace("this.items = this.items.unshift(item);", "this.items.unshift(item);"),
    )


def test_it_leaves_a_mutator_result_stored_elsewhere_alone():
    source = "export function grow(list, x) {\n  const size = list.push(x);\n  return size.toFixed(0);\n}\n"
    files = {"src/grow.js": source}
    failure = Failure(BugType.TYPE_ERROR, "src/grow.js", 3, "TypeError: size.toFixed is not a function",
                      "jest", "TypeError")  # fmt: skip
    found = candidates_for(failure, repo=Repository(files=set(files), read=files.get))
    assert not any("without storing its result" in c.description for c in found)
