"""What an npm script runs: its shell segments, the programs behind wrappers, the scripts it calls.

`"test": "tsc -p . && cross-env NODE_ENV=test jest --ci"` is two segments joined
by `&&`; the second runs jest behind cross-env with one environment variable.
Knowing that lets Healer run the same command with a machine-readable reporter
added to exactly the runner's segment, and keep every other segment as written.
`npm run lint` / `npm test` inside a script are expanded (with npm's pre/post
scripts) so a `check` script that only chains the others is recognised.

A script that uses shell syntax this parser does not follow (subshells,
command substitution, redirections to files...) is kept opaque: it is then run
as `npm run <name>` and judged by its exit status and output.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from dataclasses import dataclass

OPERATORS = ("&&", "||", ";", "|", "&")
OPAQUE = re.compile(r"[()`$<>]|\bif\b|\bfor\b|\bwhile\b")
WRAPPERS = frozenset({"npx", "cross-env", "env", "c8", "nyc", "dotenv", "dotenv-cli", "env-cmd"})
NPX_FLAGS = frozenset({"--no-install", "--yes", "-y", "--no", "-q", "--quiet", "--"})
ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
NPM_RUN = frozenset({"run", "run-script", "rum", "urn"})
NPM_LIFECYCLE = {"test": "test", "t": "test", "tst": "test", "start": "start", "stop": "stop"}
MAX_DEPTH = 5
TOOLS = {
    "jest": "jest",
    "vitest": "vitest",
    "mocha": "mocha",
    "_mocha": "mocha",
    "eslint": "eslint",
    "tsc": "tsc",
}


@dataclass(frozen=True)
class Segment:
    raw: str  # the segment as written
    operator: str = ""  # the shell operator before it ("" for the first)
    prefix: tuple[str, ...] = ()  # environment assignments and wrappers before the program
    program: str = ""  # the program run ("" for an opaque segment)
    args: tuple[str, ...] = ()
    runner: str = ""  # jest, vitest, mocha, node-test, eslint, tsc or ""
    script: str = ""  # the name of the npm script this segment calls (npm run x / npm test)
    children: tuple[Segment, ...] = ()  # that script's own segments, pre/post scripts included
    opaque: bool = False
    # The arguments written unquoted with a shell glob character (`node --test test/*.test.cjs`):
    # `npm test` runs the script through sh, which expands them, so Healer's rewritten command
    # must leave them unquoted too (see shell_join).
    globs: frozenset[str] = frozenset()

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def split_operators(command: str) -> list[tuple[str, str]] | None:
    """[(operator before, text)] split at shell operators outside quotes; None for unbalanced quotes."""
    parts: list[tuple[str, str]] = []
    current, quote, operator, index = [], "", "", 0
    while index < len(command):
        char = command[index]
        if quote:
            if char == "\\" and quote == '"' and index + 1 < len(command):
                current.append(command[index : index + 2])
                index += 2
                continue
            quote = "" if char == quote else quote
            current.append(char)
            index += 1
            continue
        if char in "'\"":
            quote = char
        found = next((op for op in OPERATORS if command.startswith(op, index)), None)
        if found:
            parts.append((operator, "".join(current).strip()))
            current, operator = [], found
            index += len(found)
            continue
        current.append(char)
        index += 1
    if quote:
        return None
    parts.append((operator, "".join(current).strip()))
    return [(op, text) for op, text in parts if text]


def script_segments(
    command: str, scripts: dict[str, str], *, depth: int = 0, seen: frozenset = frozenset()
) -> tuple[Segment, ...]:
    parts = split_operators(command)
    if parts is None or OPAQUE.search(_unquoted(command)):
        return (Segment(raw=command, opaque=True),)
    return tuple(_segment(text, operator, scripts, depth, seen) for operator, text in parts)


def _unquoted(command: str) -> str:
    """The command with quoted strings blanked, so `"$HOME"`-free quoting is not mistaken for syntax."""
    return re.sub(r"'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\"", "''", command)


def _segment(text: str, operator: str, scripts: dict[str, str], depth: int, seen: frozenset) -> Segment:
    try:
        tokens = shlex.split(text)
    except ValueError:
        return Segment(raw=text, operator=operator, opaque=True)
    prefix, rest = _strip_wrappers(tokens)
    if not rest:
        return Segment(raw=text, operator=operator, prefix=tuple(prefix))
    program, args = rest[0], tuple(rest[1:])
    called = _called_script(program, args)
    segment = Segment(
        raw=text,
        operator=operator,
        prefix=tuple(prefix),
        program=program,
        args=args,
        runner=_runner(program, args),
        globs=frozenset(word for word in unquoted_globs(text, tokens) if word in args),
    )
    if called and called in scripts and depth < MAX_DEPTH and called not in seen:
        # `npm run x -- --ci` appends what follows `--` to x's command.
        extra = args[args.index("--") + 1 :] if "--" in args else ()
        children = _expand(called, scripts, depth + 1, seen | {called}, extra=tuple(extra))
        return Segment(**{**segment.__dict__, "script": called, "children": children})
    if called:
        return Segment(**{**segment.__dict__, "script": called})
    return segment


def _expand(
    name: str, scripts: dict[str, str], depth: int, seen: frozenset, *, extra: tuple[str, ...] = ()
) -> tuple[Segment, ...]:
    segments: list[Segment] = []
    for part in (f"pre{name}", name, f"post{name}"):
        if part in scripts and (part == name or part not in seen):
            command = f"{scripts[part]} {shlex.join(extra)}" if part == name and extra else scripts[part]
            inner = script_segments(command, scripts, depth=depth, seen=seen | {part})
            operator = "&&" if segments else ""
            segments.append(Segment(raw=scripts[part], operator=operator, script=part, children=inner))
    return tuple(segments)


GLOB_CHARS = frozenset("*?[")


def unquoted_globs(text: str, tokens: list[str]) -> set[str]:
    """The words of `text` (as shlex.split gave them: `tokens`) in which a glob character stands
    outside quotes and unescaped, so sh would expand them; none when this scan and shlex disagree."""
    words: list[str] = []
    globbed: set[int] = set()
    current: list[str] = []
    started = False
    quote = ""
    index = 0
    while index < len(text):
        char = text[index]
        if quote == "'":
            if char == "'":
                quote = ""
            else:
                current.append(char)
        elif quote == '"':
            if char == '"':
                quote = ""
            elif char == "\\" and text[index + 1 : index + 2] in ('"', "\\", "$", "`"):
                index += 1
                current.append(text[index])
            else:
                current.append(char)
        elif char in "'\"":
            quote, started = char, True
        elif char == "\\":
            index += 1
            current.append(text[index : index + 1])
            started = True
        elif char.isspace():
            if started:
                words.append("".join(current))
            current, started = [], False
        else:
            if char in GLOB_CHARS:
                globbed.add(len(words))
            current.append(char)
            started = True
        index += 1
    if started:
        words.append("".join(current))
    if words != tokens:
        return set()
    return {words[i] for i in globbed}


def shell_join(words: list[str] | tuple[str, ...], *, globs: frozenset[str] = frozenset()) -> str:
    """shlex.join, except that the words in `globs` keep their glob characters unquoted, so sh
    expands them as it did for the script as written (sorted matches; a pattern that matches
    nothing stays as it is)."""
    return " ".join(_glob_quote(word) if word in globs else shlex.quote(word) for word in words)


def _glob_quote(word: str) -> str:
    parts = re.split(r"([*?[])", word)
    return "".join(part if part in GLOB_CHARS else shlex.quote(part) if part else "" for part in parts)


def _strip_wrappers(tokens: list[str]) -> tuple[list[str], list[str]]:
    prefix: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        name = posixpath.basename(token)
        if ENV_ASSIGNMENT.match(token) or (token in NPX_FLAGS and prefix) or name in WRAPPERS:
            prefix.append(token)
        elif name == "npm" and tokens[index + 1 : index + 2] == ["exec"]:
            prefix += tokens[index : index + 2]
            index += 1
        else:
            break
        index += 1
    return prefix, tokens[index:]


def _called_script(program: str, args: tuple[str, ...]) -> str:
    if posixpath.basename(program) != "npm" or not args:
        return ""
    options = [a for a in args if not a.startswith("-")]
    if not options:
        return ""
    if options[0] in NPM_RUN and len(options) > 1:
        return options[1]
    return NPM_LIFECYCLE.get(options[0], "")


def _runner(program: str, args: tuple[str, ...]) -> str:
    name = posixpath.basename(program)
    if name in ("node", "tsx") and "--test" in args:
        return "node-test"
    return TOOLS.get(name, "")


def runner_segment(segments: tuple[Segment, ...], runners: tuple[str, ...]) -> Segment | None:
    """The first segment, at any depth, that runs one of `runners`."""
    for segment in segments:
        for inner in segment.walk():
            if inner.runner in runners:
                return inner
    return None


def referenced_scripts(segments: tuple[Segment, ...]) -> set[str]:
    return {inner.script for segment in segments for inner in segment.walk() if inner.script}
