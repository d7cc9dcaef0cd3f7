"""Per-test line coverage from V8 (NODE_V8_COVERAGE, with source maps) and istanbul JSON."""

from __future__ import annotations

import base64
import json

from healer.engine.javascript.coverage import decode_vlq, executed_lines, mappings, parse_istanbul, parse_v8
from tests.engine.javascript.conftest import REPO, data

MATH = (
    "function add(a, b) {\n  return a - b;\n}\nfunction boom(x) {\n  return x.foo.bar;\n}\n"
    "module.exports = { add, boom };\n"
)


def test_v8_coverage_counts_the_innermost_range():
    coverage = parse_v8(data("v8-coverage.json"), repo_dir=REPO, read_source={"src/math.js": MATH}.get)
    assert coverage == {"src/math.js": {1, 2, 7}}  # boom (lines 4-6) never ran


def test_bare_punctuation_lines_are_not_statements():
    text = "if (a) {\n  b();\n}\n"
    assert executed_lines(text, [(0, len(text), 1)]) == {1, 2}


def test_offsets_are_utf16_units():
    text = "const s = '😀';\nf();\ng();\n"
    start = len("const s = '😀';\n") + 1  # one more unit for the emoji
    assert executed_lines(text, [(0, len(text) + 1, 0), (start, start + 4, 1)]) == {2}


def test_istanbul_statements_with_a_count():
    assert parse_istanbul(data("istanbul-coverage.json"), repo_dir=REPO) == {"src/math.js": {1, 2, 3, 7}}


def test_vlq_and_mappings():
    assert decode_vlq("AAAA") == [0, 0, 0, 0]
    assert decode_vlq("gB") == [16] and decode_vlq("D") == [-1] and decode_vlq("g") is None
    assert mappings({"mappings": "AAAA;AACA,EAAE"}) == [(0, 0, 0, 0), (1, 0, 0, 1), (1, 2, 0, 1)]


def test_transpiled_code_is_mapped_back_through_nodes_source_map_cache():
    # Generated dist/a.js has two lines; both map to src/a.ts lines 3 and 5; only the first ran.
    source_map = {"version": 3, "sources": ["../src/a.ts"], "mappings": "AAEA;AAEA"}
    report = {
        "result": [{"url": "file:///work/dist/a.js", "functions": [{"ranges": [
            {"startOffset": 0, "endOffset": 20, "count": 1}, {"startOffset": 10, "endOffset": 20, "count": 0}]}]}],
        "source-map-cache": {"file:///work/dist/a.js": {"lineLengths": [9, 9], "data": source_map}},
    }  # fmt: skip
    assert parse_v8(json.dumps(report).encode(), repo_dir=REPO, read_source=lambda f: None) == {
        "src/a.ts": {3}
    }


def test_files_outside_the_repository_and_broken_input_are_ignored():
    report = {"result": [{"url": "file:///work/node_modules/x.js", "functions": []},
                         {"url": "node:internal/x", "functions": [{"ranges": [{"startOffset": 0, "endOffset": 5, "count": 1}]}]},
                         {"url": "file:///work/a.js", "functions": [{"ranges": [{"startOffset": "0", "count": True}]}]}]}  # fmt: skip
    assert parse_v8(json.dumps(report).encode(), repo_dir=REPO, read_source=lambda f: "x") == {}
    for raw in (None, b"", b"{", b"[]", base64.b64encode(b"x" * 100)):
        assert parse_v8(raw, repo_dir=REPO, read_source=lambda f: "x") == {}
        assert parse_istanbul(raw, repo_dir=REPO) == {}


def test_it_leaves_comment_lines_out_of_v8_coverage():
    # V8's module range covers the comments too: they are no statement a spectrum can rank.
    text = "// a note on the module\n/* and a block\n   comment */\nconst a = 1; // trailing\nf();\n"
    script = {"url": f"file://{REPO}/src/notes.js", "functions": [{"ranges": [
        {"startOffset": 0, "endOffset": len(text), "count": 1}]}]}  # fmt: skip
    raw = json.dumps({"result": [script]}).encode()
    assert parse_v8(raw, repo_dir=REPO, read_source={"src/notes.js": text}.get) == {"src/notes.js": {4, 5}}
