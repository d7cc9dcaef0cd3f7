"""Per-test line coverage for spectrum-based fault localisation (Ochiai, as for Python).

Two formats are read:
- V8's own coverage, written by Node when NODE_V8_COVERAGE=DIR is set (mocha,
  node --test, plain node): per script, function and block ranges with execution
  counts over character offsets. Nested ranges are exact, so the innermost range
  decides a character's count (the rule c8 and v8-to-istanbul use). Scripts Node
  compiled from transpiled code carry a `source-map-cache` entry (with
  --enable-source-maps); executed generated positions are then mapped back to the
  original lines through the source map.
- istanbul's coverage-final.json, which jest (`--coverageProvider=v8
  --coverageReporters=json`) and vitest's coverage-v8 write, already in original
  lines.

Only repository files outside node_modules are kept. Input comes from the sandbox:
type-checked, capped, never raising.
"""

from __future__ import annotations

import functools
import json
import posixpath
from collections.abc import Callable, Iterable
from urllib.parse import unquote, urlsplit

from healer.engine.javascript.errors import repo_path
from healer.engine.javascript.syntax import language_of, leaves, parse

COVERAGE_LIMIT = 64 * 1024 * 1024
SOURCE_LIMIT = 2 * 1024 * 1024
RANGE_LIMIT = 200_000
PUNCTUATION = frozenset("{}()[];, \t")
B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}

Coverage = dict[str, set[int]]  # repository file -> executed lines (1-based)


def _load(raw: bytes | None) -> object:
    if raw is None or len(raw) > COVERAGE_LIMIT:
        return None
    try:
        return json.loads(raw.decode("utf-8", errors="replace"))
    except (json.JSONDecodeError, RecursionError):
        return None


def merge(into: Coverage, more: Coverage) -> Coverage:
    for file, lines in more.items():
        into.setdefault(file, set()).update(lines)
    return into


# -- istanbul ---------------------------------------------------------------------
def parse_istanbul(raw: bytes | None, *, repo_dir: str) -> Coverage:
    """Executed lines from coverage-final.json: statements whose count is above zero."""
    data = _load(raw)
    coverage: Coverage = {}
    if not isinstance(data, dict):
        return coverage
    for path, entry in list(data.items())[:10_000]:
        file, _ = repo_path(path if isinstance(path, str) else "", repo_dir)
        if file and isinstance(entry, dict):
            lines = _istanbul_lines(entry)
            if lines:
                coverage.setdefault(file, set()).update(lines)
    return coverage


def _istanbul_lines(entry: dict) -> set[int]:
    statements, counts = entry.get("statementMap"), entry.get("s")
    if not isinstance(statements, dict) or not isinstance(counts, dict):
        return set()
    lines = set()
    for key, count in list(counts.items())[:RANGE_LIMIT]:
        where = statements.get(key)
        if isinstance(count, int) and count > 0 and isinstance(where, dict):
            start = where.get("start")
            line = start.get("line") if isinstance(start, dict) else None
            if isinstance(line, int) and 0 < line < 10**7:
                lines.add(line)
    return lines


# -- V8 ---------------------------------------------------------------------------
def parse_v8(raw: bytes | None, *, repo_dir: str, read_source: Callable[[str], str | None]) -> Coverage:
    """Executed lines from one NODE_V8_COVERAGE file.

    `read_source(file)` gives a repository file's text (the host's copy): V8 counts
    character offsets, and only the text turns them into lines.
    """
    data = _load(raw)
    coverage: Coverage = {}
    if not isinstance(data, dict) or not isinstance(data.get("result"), list):
        return coverage
    maps = data.get("source-map-cache") if isinstance(data.get("source-map-cache"), dict) else {}
    for script in data["result"][:50_000]:
        if isinstance(script, dict) and isinstance(script.get("url"), str):
            _v8_script(coverage, script, maps.get(script["url"]), repo_dir, read_source)
    return coverage


def _v8_script(coverage: Coverage, script: dict, source_map: object, repo_dir: str, read_source) -> None:
    ranges = list(_ranges(script.get("functions")))
    if not ranges:
        return
    if isinstance(source_map, dict) and isinstance(source_map.get("data"), dict):
        for file, lines in _through_source_map(script["url"], source_map, ranges, repo_dir).items():
            coverage.setdefault(file, set()).update(lines)
        return
    file, _ = repo_path(script["url"], repo_dir)
    text = read_source(file) if file else None
    if text is None or len(text) > SOURCE_LIMIT:
        return
    lines = executed_lines(text, ranges)
    code = code_lines(text, file)
    if code is not None:
        lines &= code
    if lines:
        coverage.setdefault(file, set()).update(lines)


def _ranges(functions: object) -> Iterable[tuple[int, int, int]]:
    if not isinstance(functions, list):
        return
    seen = 0
    for function in functions:
        items = function.get("ranges") if isinstance(function, dict) else None
        for item in items if isinstance(items, list) else []:
            seen += 1
            if seen > RANGE_LIMIT:
                return
            if isinstance(item, dict):
                start, end, count = item.get("startOffset"), item.get("endOffset"), item.get("count")
                numbers = all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end, count))
                if numbers and 0 <= start <= end:
                    yield start, end, count


def _paint(length: int, ranges: list[tuple[int, int, int]]) -> list[int]:
    """Count per UTF-16 offset; inner ranges (later after sorting outer-first) overwrite outer ones."""
    counts = [0] * length
    for start, end, count in sorted(ranges, key=lambda r: (r[0], -(r[1] - r[0]))):
        end = min(end, length)
        if start < end:
            counts[start:end] = [count] * (end - start)
    return counts


def _utf16_units(text: str) -> list[str]:
    """One entry per UTF-16 code unit (astral characters take two), so V8 offsets index it directly."""
    units = []
    for char in text:
        units.append(char)
        if ord(char) > 0xFFFF:
            units.append("")
    return units


def executed_lines(text: str, ranges: list[tuple[int, int, int]]) -> set[int]:
    """Lines with at least one executed character that is not whitespace or bare punctuation."""
    units = _utf16_units(text)
    counts = _paint(len(units), ranges)
    executed: set[int] = set()
    line, meaningful, hit = 1, False, False
    for index, char in enumerate(units):
        if char == "\n":
            if meaningful and hit:
                executed.add(line)
            line, meaningful, hit = line + 1, False, False
            continue
        if char and char not in PUNCTUATION:
            meaningful = True
            hit = hit or counts[index] > 0
    if meaningful and hit:
        executed.add(line)
    return executed


@functools.lru_cache(maxsize=256)
def code_lines(text: str, path: str) -> frozenset[int] | None:
    """Lines holding a token that is not a comment (None when the file does not parse as its language).

    V8's ranges cover a function's or a module's whole text, its comments too, so a comment line counts
    as run by every test that loads the module: a spectrum line that is no statement, which ties with
    the real ones and, sorting first, wins their tie (Ochiai ranks statements; istanbul's and the
    source maps' lines are statements already). Blank and punctuation lines are `executed_lines`' concern.
    """
    if language_of(path) is None or len(text) > SOURCE_LIMIT:
        return None
    tree = parse(text, path)
    if tree is None:
        return None
    found: set[int] = set()
    for leaf in leaves(tree.root_node):
        if leaf.type != "comment" and leaf.end_byte > leaf.start_byte:
            found.update(range(leaf.start_point.row + 1, leaf.end_point.row + 2))
    return frozenset(found)


# -- source maps ----------------------------------------------------------------------
def decode_vlq(segment: str) -> list[int] | None:
    values, shift, value = [], 0, 0
    for char in segment:
        digit = B64.get(char)
        if digit is None:
            return None
        value += (digit & 31) << shift
        if digit & 32:
            shift += 5
            if shift > 60:
                return None
            continue
        values.append(-(value >> 1) if value & 1 else value >> 1)
        shift, value = 0, 0
    return values if shift == 0 else None


def mappings(data: dict) -> list[tuple[int, int, int, int]]:
    """(generated line, generated column, source index, original line), 0-based, from a v3 source map."""
    text = data.get("mappings")
    if not isinstance(text, str) or len(text) > COVERAGE_LIMIT:
        return []
    result = []
    source = original = 0
    for gen_line, line in enumerate(text.split(";")):
        column = 0
        for segment in line.split(","):
            values = decode_vlq(segment) if segment else None
            if not values:
                continue
            column += values[0]
            if len(values) >= 3:
                source += values[1]
                original += values[2]
                result.append((gen_line, column, source, original))
    return result


def _through_source_map(url: str, entry: dict, ranges, repo_dir: str) -> Coverage:
    lengths = entry.get("lineLengths")
    data = entry["data"]
    sources = data.get("sources")
    if not isinstance(lengths, list) or not isinstance(sources, list):
        return {}
    starts, offset = [], 0
    for length in lengths[:1_000_000]:
        starts.append(offset)
        offset += (length if isinstance(length, int) and length >= 0 else 0) + 1
    counts = _paint(offset, list(ranges))
    files = [_source_file(url, data.get("sourceRoot"), s, repo_dir) for s in sources[:10_000]]
    coverage: Coverage = {}
    for gen_line, column, source, original in mappings(data):
        if gen_line < len(starts) and 0 <= source < len(files) and files[source]:
            position = starts[gen_line] + column
            if position < len(counts) and counts[position] > 0:
                coverage.setdefault(files[source], set()).add(original + 1)
    return coverage


def _source_file(url: str, root: object, source: object, repo_dir: str) -> str:
    if not isinstance(source, str):
        return ""
    if source.startswith(("file://", "/")):
        return repo_path(source, repo_dir)[0]
    base = unquote(urlsplit(url).path) if url.startswith("file://") else url
    joined = posixpath.normpath(
        posixpath.join(posixpath.dirname(base), root if isinstance(root, str) else "", source)
    )
    return repo_path(joined, repo_dir)[0]
