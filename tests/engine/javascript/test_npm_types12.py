"""Round 38's npm TYPE_ERROR and IMPORT mechanisms: tsc diagnostics answered from their meaning
(tsc_meanings), Node API argument types (node_arguments), a function and its result taken for each
other (called_values), an ambient enum that emits nothing (ambient_exports), a package `imports` map
spelling and a small built-in's export under the code's name (imports)."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository, classify_error
from healer.engine.javascript.errors import Frame, JsError
from healer.engine.javascript.fixers.ambient_exports import ambient_enum_candidates
from healer.engine.javascript.fixers.called_values import called_value_candidates
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.imports import builtin_export_candidates, module_candidates
from healer.engine.javascript.fixers.node_arguments import node_argument_candidates
from healer.engine.javascript.fixers.tsc_meanings import tsc_meaning_candidates
from healer.engine.javascript.node_exports import NODE_EXPORTS
from healer.engine.types import BugType, Failure


def repo(files: dict[str, str]) -> Repository:
    return Repository(files=set(files), read=files.get)


# -- tsc_meanings ----------------------------------------------------------------------------------
PLAN = "export function urgent(r: Road): boolean {\n  return r.priority === 1 | r.grade >= 8 || r.bus;\n}\n"


def test_it_respells_a_bitwise_operator_between_booleans_as_tsc_suggests():
    message = "The '|' operator is not allowed for boolean types. Consider using '||' instead."
    found = tsc_meaning_candidates(PLAN, "src/plan.ts", line=2, message=message, sources={})
    assert found[0].text == PLAN.replace("=== 1 |", "=== 1 ||")


def test_it_takes_the_suggested_operator_from_the_message_not_a_table():
    text = "const both = a > 1 & b > 2;\n"
    message = "The '&' operator is not allowed for boolean types. Consider using '&&' instead."
    found = tsc_meaning_candidates(text, "src/a.ts", line=1, message=message, sources={})
    assert [c.text for c in found] == ["const both = a > 1 && b > 2;\n"]


HUT = (
    "export class Hut {\n"
    "  private catches: Catch[] = [];\n"
    "  get catchCount(): number {\n"
    "    return this.catches.length;\n"
    "  }\n"
    "  heaviest(): Catch | null {\n"
    "    return this.catches.reduce((a, b) => (a.g > b.g ? a : b), null);\n"
    "  }\n"
    "}\n"
)
REPORT = "export const row = (hut: Hut) => ({ n: hut.catches.length });\n"
PRIVATE = "Property 'catches' is private and only accessible within class 'Hut'."


def test_it_reads_a_private_member_through_the_public_getter_that_returns_it():
    found = tsc_meaning_candidates(
        REPORT, "src/report.ts", line=1, message=PRIVATE, sources={"src/huts.ts": HUT}
    )
    assert found[0].text == "export const row = (hut: Hut) => ({ n: hut.catchCount });\n"


def test_it_offers_nothing_when_the_class_has_no_public_accessor_for_the_member():
    private_getter = HUT.replace("  get catchCount", "  private get catchCount")
    found = tsc_meaning_candidates(
        REPORT, "src/report.ts", line=1, message=PRIVATE, sources={"src/huts.ts": private_getter}
    )
    assert found == []


def test_it_reaches_the_tsc_meanings_through_the_dispatch():
    files = {"src/huts.ts": HUT, "src/report.ts": REPORT}
    failure = Failure(BugType.TYPE_ERROR, "src/report.ts", 1, PRIVATE, "tsc", "TS2341", extra={"column": 40})
    found = candidates_for(failure, repo=repo(files))
    assert found[0].text == "export const row = (hut: Hut) => ({ n: hut.catchCount });\n"


DELETE = "The operand of a 'delete' operator must be optional."


def test_it_leaves_a_required_property_out_of_a_spread_copy_with_a_rest_pattern():
    text = "function strip(x: T) {\n  const copy = { ...x };\n  delete copy.plate;\n  return copy;\n}\n"
    found = tsc_meaning_candidates(text, "src/a.ts", line=3, message=DELETE, sources={})
    assert [c.text for c in found] == [
        "function strip(x: T) {\n  const { plate: _plate, ...copy } = x;\n  return copy;\n}\n"
    ]


def test_it_leaves_a_delete_from_an_object_it_did_not_copy_by_spread():
    text = "function strip(x: T) {\n  const copy = Object.assign({}, x);\n  delete copy.plate;\n  return copy;\n}\n"
    assert tsc_meaning_candidates(text, "src/a.ts", line=3, message=DELETE, sources={}) == []


# -- node_arguments --------------------------------------------------------------------------------
ORDERS = (
    "const { createHash } = require('node:crypto');\n"
    "function fingerprint(order) {\n"
    "  return createHash('sha256').update(order).digest('hex');\n"
    "}\n"
    "module.exports = { fingerprint };\n"
)
ARG_TYPE = (
    'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. '
    "Received an instance of Object"
)


def test_it_serialises_an_object_a_node_api_refused_as_a_string_argument():
    found = node_argument_candidates(ORDERS, "src/orders.js", line=3, message=ARG_TYPE)
    assert found[0].text == ORDERS.replace("update(order)", "update(JSON.stringify(order))")
    assert ORDERS.replace("update(order)", "update(String(order))") in [c.text for c in found]
    # The literal arguments ('sha256', 'hex') are left as written.
    assert all("JSON.stringify('" not in c.text for c in found)


def test_it_converts_a_number_with_string_first():
    message = ARG_TYPE.replace("an instance of Object", "type number (42)")
    found = node_argument_candidates(ORDERS, "src/orders.js", line=3, message=message)
    assert found[0].text == ORDERS.replace("update(order)", "update(String(order))")


def test_it_locates_a_node_api_type_error_at_the_repository_frame_that_passed_the_value():
    error = JsError(
        name="TypeError",
        message=ARG_TYPE,
        code="ERR_INVALID_ARG_TYPE",
        frames=(
            Frame("", 1, 1, "Hash.update", path="node:internal/crypto/hash"),
            Frame("src/orders.js", 3, 31, "fingerprint"),
            Frame("test/orders.test.js", 4, 5),
        ),
    )
    files = {"src/orders.js": ORDERS, "test/orders.test.js": "fingerprint({});\n"}
    failure = classify_error(error, repo=repo(files), source="test")
    assert failure is not None and (failure.file, failure.line) == ("src/orders.js", 3)
    found = candidates_for(failure, repo=repo(files))
    assert found[0].text == ORDERS.replace("update(order)", "update(JSON.stringify(order))")


LINKS = (
    "export const BOOKING_SITE = 'https://busk.example.org';\n"
    "const GREETING = 'hello';\n"
    "export function link(id: string): string {\n"
    "  const url = new URL(`/pitches/${id}`);\n"
    "  return url.href;\n"
    "}\n"
)


def test_it_gives_a_relative_url_the_module_s_absolute_url_constant_as_its_base():
    found = node_argument_candidates(LINKS, "src/links.ts", line=4, message="Invalid URL")
    assert [c.text for c in found] == [LINKS.replace("`/pitches/${id}`)", "`/pitches/${id}`, BOOKING_SITE)")]


def test_it_leaves_a_url_that_already_has_a_base():
    text = LINKS.replace("`/pitches/${id}`)", "`/pitches/${id}`, BOOKING_SITE)")
    assert node_argument_candidates(text, "src/links.ts", line=4, message="Invalid URL") == []


def test_it_makes_a_property_name_given_to_sort_its_comparator():
    text = "const queue = [...orders].sort('due');\n"
    message = "The comparison function must be either a function or undefined"
    found = node_argument_candidates(text, "src/orders.js", line=1, message=message)
    assert [c.text for c in found] == [
        "const queue = [...orders].sort((a, b) => a.due.localeCompare(b.due));\n",
        "const queue = [...orders].sort((a, b) => a.due - b.due);\n",
    ]


# -- called_values ---------------------------------------------------------------------------------
COUNTER = (
    "function* ticketNumbers(first) {\n"
    "  for (let n = first; ; n += 1) yield n;\n"
    "}\n"
    "class Counter {\n"
    "  constructor(first = 1) {\n"
    "    this.tickets = ticketNumbers;\n"
    "  }\n"
    "  take() {\n"
    "    return this.tickets.next().value;\n"
    "  }\n"
    "}\n"
)


def test_it_stores_a_generator_s_iterator_rather_than_the_generator_function():
    found = called_value_candidates(
        COUNTER, "src/counter.js", line=9, message="this.tickets.next is not a function"
    )
    assert [c.text for c in found] == [
        COUNTER.replace("= ticketNumbers;", "= ticketNumbers(first);"),
        COUNTER.replace("= ticketNumbers;", "= ticketNumbers();"),
    ]
    assert found[0].line == 6


def test_it_adds_no_call_to_a_value_that_is_not_a_declared_function():
    text = COUNTER.replace("this.tickets = ticketNumbers;", "this.tickets = ticketList;")
    assert (
        called_value_candidates(text, "src/counter.js", line=9, message="this.tickets.next is not a function")
        == []
    )


WATCH = (
    "function watch(room, log) {\n"
    "  function recordIn(item) {\n"
    "    log.push(`in ${item.token}`);\n"
    "  }\n"
    "  room.on('in', recordIn());\n"
    "  return log;\n"
    "}\n"
)


def test_it_passes_the_listener_the_crash_is_in_instead_of_calling_it():
    # The crash is inside recordIn (line 3): it was called with no item where it was passed.
    message = "Cannot read properties of undefined (reading 'token')"
    found = called_value_candidates(WATCH, "src/watch.js", line=3, message=message)
    assert [c.text for c in found] == [WATCH.replace("recordIn())", "recordIn)")]


def test_it_keeps_a_call_of_a_function_that_takes_no_parameters():
    text = WATCH.replace("function recordIn(item)", "function recordIn()")
    message = "Cannot read properties of undefined (reading 'token')"
    assert called_value_candidates(text, "src/watch.js", line=3, message=message) == []


# -- imports: ambient enums, the imports map, a built-in's export under another name --------------------
TYPES = "export declare enum Vehicle {\n  Car = 'car',\n}\nexport declare function helper(): void;\n"


def test_it_makes_an_ambient_enum_an_ordinary_one():
    found = ambient_enum_candidates(TYPES, "src/types.ts", name="Vehicle")
    assert [c.text for c in found] == [TYPES.replace("export declare enum", "export enum")]
    assert ambient_enum_candidates(TYPES, "src/types.ts", name="helper") == []


def test_it_reaches_the_ambient_enum_from_the_importer_s_link_error():
    files = {"src/types.ts": TYPES, "src/tariffs.ts": "import { Vehicle } from './types.js';\nVehicle.Car;\n"}
    failure = Failure(
        BugType.IMPORT, "src/tariffs.ts", 1,
        "SyntaxError: The requested module './types.js' does not provide an export named 'Vehicle'",
        "test", "SyntaxError", extra={"module": "./types.js", "export": "Vehicle"},
    )  # fmt: skip
    found = candidates_for(failure, repo=repo(files), module_type="module")
    assert (found[0].file, found[0].text) == (
        "src/types.ts",
        TYPES.replace("export declare enum", "export enum"),
    )


def test_it_spells_a_hash_specifier_as_the_imports_map_expects():
    files = {
        "package.json": '{"imports": {"#lib/*": "./src/lib/*.js"}}',
        "src/lib/mounts.js": "module.exports = {};\n",
        "src/quotes.js": "const { outerSize } = require('#lib/mounts.js');\n",
    }
    found = module_candidates(
        files["src/quotes.js"], "src/quotes.js", specifier="#lib/mounts.js", line=1,
        files=set(files), read=files.get,
    )  # fmt: skip
    assert found[0].text == "const { outerSize } = require('#lib/mounts');\n"


def test_it_imports_a_small_builtin_s_export_under_the_name_the_code_uses():
    text = "import { sleep } from 'node:timers/promises';\nawait sleep(10);\n"
    found = builtin_export_candidates(
        text, "src/bench.js", specifier="node:timers/promises", name="sleep",
        available=NODE_EXPORTS["timers/promises"],
    )  # fmt: skip
    wanted = "import { setTimeout as sleep } from 'node:timers/promises';\nawait sleep(10);\n"
    assert wanted in [c.text for c in found]
    # The uses keep their name: only the import says what `sleep` is.
    assert all("await sleep(10)" in c.text for c in found)
