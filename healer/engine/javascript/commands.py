"""The commands that run an npm project's checks in the sandbox, with machine-readable output.

Each check is the project's own script with the runner's segment rewritten to
add a reporter (and nothing else): jest `--json --outputFile`, vitest
`--reporter=json --outputFile`, mocha `--reporter json`, node --test Healer's
JSON-lines reporter, ESLint `--format json --output-file`, tsc `--pretty false`.
Every other segment of the script runs as written, through `sh -c`, with
node_modules/.bin first on PATH as npm would put it. A script this module cannot
follow runs as `npm run <name>` and is judged by its exit status and output.

`single_test_command` runs one test with coverage for fault localisation.
"""

from __future__ import annotations

import fnmatch
import json
import posixpath
import re
import shlex
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from healer.engine.javascript.project import RUNNER_CONFIGS, NpmProject, NpmScript
from healer.engine.javascript.reports import TestCase
from healer.engine.javascript.scripts import Segment, runner_segment, shell_join

TEST_RUNNERS = ("jest", "vitest", "mocha", "node-test")
REPORTS = {
    "jest": ".healer-jest.json",
    "vitest": ".healer-vitest.json",
    "mocha": ".healer-mocha.json",
    "node-test": ".healer-node-test.jsonl",
    "eslint": ".healer-eslint.json",
}
NODE_REPORTER = "healer_node_test_reporter.mjs"
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
SOURCE_MAPS = "--enable-source-maps"
# Runners that run what tsc emitted (jest and vitest compile TypeScript themselves).
RUNS_EMITTED = ("node-test", "mocha")
# Runners behave as in CI (no watch mode, no prompts, no colour codes in reports).
BASE_ENV = {"CI": "true", "NO_COLOR": "1"}
# Options Healer sets itself; the script's own values would fight ours.
DROPPED = {
    "jest": ({"--json", "--watch", "--watchAll", "--testLocationInResults"}, {"--outputFile", "--reporters"}),
    "vitest": ({"--watch", "-w", "--includeTaskLocation"}, {"--reporter", "--outputFile"}),
    "mocha": ({"--watch", "-w"}, {"--reporter", "-R", "--reporter-option", "--reporter-options", "-O"}),
    "node-test": ({"--watch"}, {"--test-reporter", "--test-reporter-destination"}),
    "eslint": (
        {"--fix", "--fix-dry-run", "--cache"},
        {"--format", "-f", "--output-file", "-o", "--max-warnings"},
    ),
    "tsc": ({"--watch", "-w", "--pretty"}, set()),
}


@dataclass(frozen=True)
class CheckCommand:
    name: str  # the npm script ("test", "lint"...) or the tool for an implicit check ("eslint", "tsc")
    kind: str  # test, lint, typecheck, check
    argv: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)
    tool: str = ""  # jest, vitest, mocha, node-test, eslint, tsc; "" when only the exit status counts
    report: str = ""  # where the tool writes its report inside the sandbox ("" : read the output)
    tsc_in_output: bool = False  # a tsc segment runs too (a build step): read its diagnostics from the output


@dataclass(frozen=True)
class Paths:
    repo_dir: str  # the working copy inside the sandbox
    support_dir: str  # Healer's support files inside the sandbox
    bin_dirs: tuple[str, ...] = ()  # node_modules/.bin directories; default: <repo_dir>/node_modules/.bin

    @property
    def path(self) -> str:
        bins = self.bin_dirs or (posixpath.join(self.repo_dir, "node_modules", ".bin"),)
        return ":".join([*bins, SYSTEM_PATH])

    def report(self, tool: str) -> str:
        return posixpath.join(self.repo_dir, REPORTS[tool]) if tool in REPORTS else ""


def check_commands(project: NpmProject, *, paths: Paths) -> list[CheckCommand]:
    """One command per check: the scripts, plus ESLint/tsc when configured but no script runs them."""
    commands = [script_command(check, paths=paths) for check in _own_checks(project)]
    tools = {c.tool for c in commands} | _tools_inside(project)
    if project.eslint_config and "eslint" in project.dependencies and "eslint" not in tools:
        commands.append(_implicit("eslint", "lint", ("eslint", "."), paths=paths))
    # tsc only as a build step of the test script: a type error then stops every test, and only
    # tsc itself can tell whether an edit removed it.
    build_only = any(c.kind == "test" and c.tsc_in_output for c in commands) and not any(
        c.kind != "test" and (c.tool == "tsc" or c.tsc_in_output) for c in commands
    )
    if project.tsconfig and "typescript" in project.dependencies and ("tsc" not in tools or build_only):
        commands.append(
            _implicit("tsc", "typecheck", ("tsc", "--noEmit", "-p", project.tsconfig), paths=paths)
        )
    return commands


def _own_checks(project: NpmProject) -> list[NpmScript]:
    """The checks, without a `check` script that only chains the other checks."""
    names = {c.name for c in project.checks if c.kind != "check"}
    result = []
    for check in project.checks:
        if check.kind == "check" and check.segments and all(s.script in names for s in check.segments):
            continue
        result.append(check)
    return result


def _tools_inside(project: NpmProject) -> set[str]:
    return {
        inner.runner for check in project.checks for s in check.segments for inner in s.walk() if inner.runner
    }


def _implicit(tool: str, kind: str, argv: tuple[str, ...], *, paths: Paths) -> CheckCommand:
    segment = Segment(raw=shlex.join(argv), program=argv[0], args=argv[1:], runner=tool)
    rewritten = rewrite_segment(segment, paths=paths)
    return CheckCommand(
        name=tool,
        kind=kind,
        argv=("sh", "-c", rewritten),
        env=_env(paths),
        tool=tool,
        report=paths.report(tool),
    )


def script_command(check: NpmScript, *, paths: Paths) -> CheckCommand:
    wanted = TEST_RUNNERS if check.kind == "test" else ("eslint",) if check.kind == "lint" else ("tsc",)
    target = runner_segment(check.segments, wanted) or runner_segment(
        check.segments, (*TEST_RUNNERS, "eslint", "tsc")
    )
    if target is None or any(inner.opaque for s in check.segments for inner in s.walk()):
        return CheckCommand(
            name=check.name, kind=check.kind, argv=("npm", "run", "--silent", check.name), env=_env(paths)
        )
    shell = render(check.segments, target=target, paths=paths)
    builds = any(inner.runner == "tsc" for s in check.segments for inner in s.walk())
    env = _env(paths)
    if builds and target.runner in RUNS_EMITTED:
        # The tests run tsc's output: stack frames at the TypeScript source (see build_segment).
        env["NODE_OPTIONS"] = SOURCE_MAPS
    return CheckCommand(
        name=check.name,
        kind=check.kind,
        argv=("sh", "-c", shell),
        env=env,
        tool=target.runner,
        report=paths.report(target.runner),
        tsc_in_output=builds and target.runner != "tsc",
    )


def _env(paths: Paths) -> dict[str, str]:
    return {**BASE_ENV, "PATH": paths.path}


def render(
    segments: tuple[Segment, ...], *, target: Segment, paths: Paths, text: str = "", fast_build: bool = False
) -> str:
    """The shell text of the segments with the target rewritten (or replaced by `text`); called scripts
    inlined in ( ). fast_build: a tsc build step emits without type checking (see fast_build_segment)."""
    parts = []
    for segment in segments:
        shown = segment.raw
        if segment is target:
            shown = text or rewrite_segment(segment, paths=paths)
        elif segment.runner == "tsc" and not segment.children and target.runner in RUNS_EMITTED:
            shown = fast_build_segment(segment, paths=paths) if fast_build else build_segment(segment)
        elif segment.children and any(target is inner for inner in segment.walk()):
            inner = render(segment.children, target=target, paths=paths, text=text, fast_build=fast_build)
            shown = (
                f"( {inner} )" if segment.program else inner
            )  # a called script vs. its pre/main/post parts
        parts.append(f"{segment.operator} {shown}" if segment.operator else shown)
    return " ".join(parts)


# Flags after which a tsc segment emits nothing Healer could map (or runs in build mode, which
# takes no compiler options).
NO_EMIT = frozenset({"--noEmit", "-b", "--build", "--watch", "-w", "--sourceMap", "--inlineSourceMap",
                     "--emitDeclarationOnly", "--help", "--version"})  # fmt: skip


def build_segment(segment: Segment) -> str:
    """A tsc build step before the tests, emitting source maps next to its JavaScript.

    The tests then run the emitted files (dist/, build/, lib/), which are never a fix target:
    with the maps, Node's `--enable-source-maps` puts stack frames and V8 coverage back at the
    TypeScript source's lines. `--inlineSourceMap false` keeps a project's inline maps from
    clashing with `--sourceMap` (TS5053); the emitted code itself is unchanged.
    """
    names = {arg.split("=", 1)[0] for arg in segment.args}
    if names & NO_EMIT:
        return segment.raw
    args = [*segment.args, "--sourceMap", "--inlineSourceMap", "false"]
    return shell_join([*segment.prefix, segment.program, *args], globs=segment.globs)


TRANSPILE = "healer_transpile.mjs"


def fast_build_segment(segment: Segment, *, paths: Paths) -> str:
    """The build step of a candidate's targeted run: the project's files emitted one by one.

    tsc spends most of a build type checking the whole program; a candidate's targeted tests need
    only its JavaScript, which `transpileModule` emits identically for code that compiles file by
    file (Healer's support script; it exits 3 when the project is not of that kind, and tsc
    builds as usual). Type errors are then left to the project's type check and to the whole-suite
    run, which keeps the real build; for the same reason GenProg and its successors validate a
    candidate on a cheap test subset first and on the full, slow check last (Le Goues et al.,
    TSE 2012; Qi et al., ICSM 2013).
    """
    full = build_segment(segment)
    if full == segment.raw:
        return full  # a step that emits nothing Healer maps: left as it is
    script = posixpath.join(paths.support_dir, TRANSPILE)
    return f"( {shlex.join(['node', script, *segment.args])} || {full} )"


def rewrite_segment(segment: Segment, *, paths: Paths) -> str:
    tool = segment.runner
    args = list(_without(segment.args, tool))
    report = paths.report(tool)
    if tool == "jest":
        args += ["--json", f"--outputFile={report}", "--testLocationInResults", "--watchAll=false"]
    elif tool == "vitest":
        args = [*_vitest_run(args), "--reporter=json", f"--outputFile={report}", "--includeTaskLocation"]
    elif tool == "mocha":
        args += ["--reporter", "json", "--reporter-option", f"output={report}"]
    elif tool == "node-test":
        reporter = posixpath.join(paths.support_dir, NODE_REPORTER)
        args = [f"--test-reporter={reporter}", f"--test-reporter-destination={report}", *args]
    elif tool == "eslint":
        args += ["--format", "json", "--output-file", report]
    elif tool == "tsc":
        args += ["--pretty", "false"]
    # The script's unquoted globs stay unquoted: sh expands them as `npm run` would have.
    return shell_join([*segment.prefix, segment.program, *args], globs=segment.globs)


def _without(args: tuple[str, ...], tool: str) -> list[str]:
    flags, valued = DROPPED.get(tool, (set(), set()))
    kept: list[str] = []
    skip = False
    for arg in args:
        name = arg.split("=", 1)[0]
        if skip:
            skip = False
        elif name in flags or (name in valued and "=" in arg):
            continue
        elif name in valued:
            skip = True
        else:
            kept.append(arg)
    return kept


def narrowed_node_test(segment: Segment, *, files: Sequence[str]) -> Segment | None:
    """node --test's segment running only `files`, each matched by one of its own paths or globs
    (`node --test test/` -> `node --test test/a.test.js`): node starts a process per test file, so
    a candidate's targeted run no longer loads the files none of its tests are in. None when the
    segment's arguments cannot be told apart safely (an option whose value is a separate word)."""
    if segment.runner != "node-test" or not files:
        return None
    flags = [a for a in segment.args if a.startswith("-")]
    given = [a for a in segment.args if not a.startswith("-")]
    if any(flag != "--test" and "=" not in flag for flag in flags):
        return None

    def ran(file: str) -> bool:
        if not given:
            return file.endswith((".js", ".mjs", ".cjs"))
        return any(
            file == g or file.startswith(g.rstrip("/") + "/") or fnmatch.fnmatchcase(file, g) for g in given
        )

    if not all(ran(file) for file in files):
        return None
    return replace(segment, args=(*flags, *files))


def regex_escape(text: str) -> str:
    """Escape for a JavaScript regular expression (the runners' -t / --grep patterns)."""
    return re.sub(r"[.*+?^${}()|[\]\\/]", lambda m: "\\" + m.group(0), text)


def _vitest_run(args: list[str]) -> list[str]:
    """`vitest` alone watches outside CI: always `vitest run`."""
    if args and args[0] in ("run", "watch", "dev", "related"):
        return ["run", *args[1:]] if args[0] != "related" else args
    return ["run", *args]


# -- one test with coverage ----------------------------------------------------
@dataclass(frozen=True)
class CoverageCommand:
    argv: tuple[str, ...]
    env: dict[str, str]
    format: str  # "istanbul" (a coverage-final.json in directory) or "v8" (NODE_V8_COVERAGE files)
    directory: str
    report: str  # the runner's own report of the run (to check the test really ran)
    tool: str
    runner_text: str = ""  # the runner's segment alone (the script's other segments left out)


# -- jest without its transform ---------------------------------------------------------
# jest passes every file it loads through babel-jest by default: @babel/core is loaded and each file
# transformed, and the sandbox empties jest's cache before every command, so each candidate's run pays
# for it again (about 2 s of a 4 s run on the shared machine). With no Babel or jest configuration and
# only plain JavaScript, that transform changes nothing but the hoisting of `jest.mock` calls
# (babel-plugin-jest-hoist), so such a project's targeted and per-test coverage runs skip it; the
# whole-suite run, which accepts a fix, keeps the project's own command.
NO_TRANSFORM = "--transform={}"
BABEL_CONFIGS = frozenset({"babel.config.js", "babel.config.cjs", "babel.config.mjs", "babel.config.json",
                           "babel.config.cts", ".babelrc", ".babelrc.js", ".babelrc.cjs", ".babelrc.mjs",
                           ".babelrc.json"})  # fmt: skip
PLAIN_SCRIPTS = (".js", ".cjs", ".mjs")
JEST_HOISTED = re.compile(r"\bjest\.(?:mock|unmock|enableAutomock|disableAutomock|deepUnmock)\s*\(")
JEST_TRANSFORMING = frozenset({"--config", "-c", "--preset", "--transform", "--projects"})


def jest_runs_plain(
    project: NpmProject, *, files: Collection[str], read: Callable[[str], str | None]
) -> bool:
    """Whether the project's jest would run its files as written (see NO_TRANSFORM)."""
    check = project.check("test")
    segment = runner_segment(check.segments, TEST_RUNNERS) if check else None
    if segment is None or segment.runner != "jest":
        return False
    if {arg.split("=", 1)[0] for arg in segment.args} & JEST_TRANSFORMING:
        return False
    if any(posixpath.basename(f) in BABEL_CONFIGS or f in RUNNER_CONFIGS["jest"] for f in files):
        return False
    try:
        package = json.loads(read("package.json") or "{}")
    except ValueError:
        return False
    jest = package.get("jest", {}) if isinstance(package, dict) else None
    if not isinstance(jest, dict) or "babel" in package or {"transform", "preset", "projects"} & set(jest):
        return False
    code = [f for f in files if f.endswith((".ts", ".tsx", ".mts", ".cts", ".jsx", *PLAIN_SCRIPTS))]
    if not code or any(not f.endswith(PLAIN_SCRIPTS) for f in code):
        return False
    return not any(JEST_HOISTED.search(read(f) or "") for f in code)


def single_test_command(
    project: NpmProject, *, test: TestCase, paths: Paths, directory: str, plain_jest: bool = False
) -> CoverageCommand | None:
    """Run one test with line coverage; None when the runner gives no per-test coverage here.

    jest has V8 coverage built in (--coverageProvider=v8) and maps it to the
    original files; vitest needs @vitest/coverage-v8 for the same; mocha and
    node --test run the code directly, so Node's own NODE_V8_COVERAGE is exact
    (with --enable-source-maps for code compiled by a loader such as tsx).
    plain_jest: jest may skip its transform (`jest_runs_plain`).
    """
    check = project.check("test")
    segment = runner_segment(check.segments, TEST_RUNNERS) if check else None
    if check is None or segment is None or not test.file:
        return None
    env = _env(paths)
    pattern = f"^{regex_escape(test.name if segment.runner != 'node-test' else test.title)}$"
    argv = shlex.split(rewrite_segment(segment, paths=paths))
    program_at = len(segment.prefix)
    if segment.runner == "jest":
        argv += [test.file, "-t", pattern, "--coverage", "--coverageProvider=v8", "--coverageReporters=json",
                 f"--coverageDirectory={directory}", *([NO_TRANSFORM] if plain_jest else [])]  # fmt: skip
        kind = "istanbul"
    elif segment.runner == "vitest":
        if "@vitest/coverage-v8" not in project.dependencies:
            return None
        argv += [test.file, "-t", pattern, "--coverage.enabled=true", "--coverage.provider=v8",
                 "--coverage.reporter=json", f"--coverage.reportsDirectory={directory}"]  # fmt: skip
        kind = "istanbul"
    else:
        env |= {"NODE_V8_COVERAGE": directory, "NODE_OPTIONS": SOURCE_MAPS}
        kind = "v8"
        if segment.runner == "mocha":
            argv += ["--grep", pattern, test.file]
        else:
            argv[program_at + 1 : program_at + 1] = [f"--test-name-pattern={pattern}"]
    text = shell_join(argv, globs=segment.globs)
    shell = render(check.segments, target=segment, paths=paths, text=text)
    return CoverageCommand(
        ("sh", "-c", shell), env, kind, directory, paths.report(segment.runner), segment.runner, text
    )
