"""Verify the npm corpus: fixed/ passes its checks, repo/ fails, and every bug fails them alone.

    python tests/corpora/npm/verify.py [--part dev|heldout|all] [--case NAME ...] [--work DIR]

For each case the locked devDependencies are installed once with `npm ci
--ignore-scripts` (cached per lock-file hash under --work, default var/npm-corpus),
then every variant is copied next to a link to that node_modules and its checks
run as the project's CI would run them: `npm run <script>` for test, lint,
typecheck/type-check and check. A bug "alone" is the one hunk of the fixed → repo
diff that holds its line, applied to fixed/. Its failure must carry its type's
signature (parse errors for SYNTAX/INDENTATION, module or name errors for IMPORT,
TypeError or a tsc type diagnostic for TYPE_ERROR, failed assertions only for
LOGIC, ESLint findings only for LINTING), carried by a check that failed: the output
of a passing check is no evidence, and neither is an ESLint rule finding for any type
but LINTING/INDENTATION (no-undef's "is not defined" is not the ReferenceError a test
run gives). The results go to <part>/VERIFY.txt.

These are Healer's own projects, so they run on the host; node and npm must be
on PATH. The npm registry is needed the first time (the install is cached).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK_SCRIPTS = ("test", "lint", "typecheck", "type-check", "check")
TIMEOUT = 300
PARSE = re.compile(
    r"SyntaxError|Unexpected token|Unexpected end of input|Transform failed|error TS1\d{3}|Parsing error"
    r"|Expected \".*\" but found|Unexpected identifier|missing \) after"
    # vite parses plain JavaScript with rollup (TypeScript goes through esbuild, whose wording is above).
    r"|RollupError: Parse failure"
)
IMPORTS = re.compile(
    r"Cannot find module|Cannot find package|ERR_MODULE_NOT_FOUND|Failed to load url|does not provide an export"
    r"|is not defined|error TS(?:2304|2305|2307|2552|2614|2724|2834|2835)\b"
)
# TS2834/TS2835: a relative ES module import without the extension Node needs (module NodeNext) is a module error.
TYPES = re.compile(r"TypeError|error TS2(?!304|305|307|552|614|724|834|835)\d{3}\b")
ASSERTS = re.compile(
    r"AssertionError|expect\(received\)|Expected values|Expected:|AssertionError \[ERR_ASSERTION\]"
)
LINT_RULE = re.compile(r"^\s*\d+:\d+\s+error\s+.*?\s{2,}(?P<rule>[@\w/-]+)\s*$", re.M)


@dataclass
class Checks:
    results: dict[str, tuple[int, str]]  # script -> (exit code, output)

    def failed(self, script: str) -> bool:
        return script in self.results and self.results[script][0] != 0

    @property
    def any_failed(self) -> bool:
        return any(code != 0 for code, _ in self.results.values())

    @property
    def output(self) -> str:
        return "\n".join(out for _, out in self.results.values())

    @property
    def failing_output(self) -> str:
        """The output of the checks that failed (non-zero exit): a message a passing check printed
        (a caught error a test logs, a warning) is not what made the variant fail."""
        return "\n".join(out for code, out in self.results.values() if code != 0)

    def output_of(self, script: str) -> str:
        return self.results[script][1] if script in self.results else ""

    def summary(self) -> str:
        return ", ".join(f"{name} {'FAIL' if code else 'PASS'}" for name, (code, _) in self.results.items())


def case_dirs(part: Path) -> list[Path]:
    """The cases of one part in their numbers' order (d99 before d100, which a sort by name would swap)."""
    # A missing part (between moving one held-out part to dev and writing the next) is an empty one.
    cases = [p for p in part.iterdir() if (p / "case.json").is_file()] if part.is_dir() else []
    return sorted(cases, key=lambda case: (int(re.match(r"[a-z]+(\d+)", case.name)[1]), case.name))


def run(argv: list[str], cwd: Path, timeout: int = TIMEOUT) -> tuple[int, str]:
    env = {**os.environ, "CI": "true", "NO_COLOR": "1"}
    try:
        proc = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return 124, "timed out"
    return proc.returncode, proc.stdout + proc.stderr


def install(case: Path, work: Path) -> Path:
    lock = (case / "fixed" / "package-lock.json").read_bytes()
    deps = work / "deps" / hashlib.sha256(lock).hexdigest()[:16]
    if (deps / ".installed").exists():
        return deps / "node_modules"
    shutil.rmtree(deps, ignore_errors=True)
    deps.mkdir(parents=True)
    for name in ("package.json", "package-lock.json"):
        shutil.copy(case / "fixed" / name, deps / name)
    code, out = run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"], deps)
    if code != 0:
        raise SystemExit(f"{case.name}: npm ci failed:\n{out[-2000:]}")
    (deps / ".installed").write_text("ok\n")
    return deps / "node_modules"


def project_files(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): p.read_text() for p in sorted(root.rglob("*")) if p.is_file()}


def checks_of(files: dict[str, str], node_modules: Path, where: Path) -> Checks:
    shutil.rmtree(where, ignore_errors=True)
    for path, text in files.items():
        target = where / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    (where / "node_modules").symlink_to(node_modules, target_is_directory=True)
    scripts = json.loads(files["package.json"]).get("scripts", {})
    results = {}
    for script in CHECK_SCRIPTS:
        if script in scripts:
            results[script] = run(["npm", "run", "--silent", script], where)
    return Checks(results)


def single_bug_variants(
    fixed: dict[str, str], repo: dict[str, str], bugs: list[dict]
) -> list[dict[str, str]]:
    """fixed/ with exactly one bug's hunk of the fixed → repo diff applied, one per bug (in bug order)."""
    variants: list[dict[str, str] | None] = [None] * len(bugs)
    for file in sorted({bug["file"] for bug in bugs}):
        old, new = fixed[file].split("\n"), repo[file].split("\n")
        hunks = [
            op
            for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
            if op[0] != "equal"
        ]
        mine = [i for i, bug in enumerate(bugs) if bug["file"] == file]
        if len(hunks) != len(mine):
            raise ValueError(f"{file}: {len(hunks)} changed regions for {len(mine)} bugs")
        for index, hunk in _pair(mine, hunks, bugs):
            _, i1, i2, j1, j2 = hunk
            variants[index] = {**fixed, file: "\n".join(old[:i1] + new[j1:j2] + old[i2:])}
    return [v for v in variants if v is not None]


def _pair(mine: list[int], hunks: list[tuple], bugs: list[dict]) -> list[tuple[int, tuple]]:
    """Each bug gets the hunk whose changed lines hold its answer-key line; the rest (a key line away
    from its edit, e.g. the use of a name whose import was deleted) pair by least total distance."""
    pairs, left = [], list(hunks)
    for index in mine:
        line = bugs[index]["line"]
        holding = [h for h in left if h[3] < line <= h[4]]
        if len(holding) == 1:
            pairs.append((index, holding[0]))
            left.remove(holding[0])
    rest = [i for i in mine if i not in {p[0] for p in pairs}]
    best = min(
        itertools.permutations(left),
        key=lambda order: sum(abs(bugs[i]["line"] - (h[3] + 1)) for i, h in zip(rest, order, strict=True)),
    )
    return pairs + list(zip(rest, best, strict=True))


def evidence(checks: Checks) -> str:
    """What the failing checks report as errors, ESLint's rule findings left out: a finding such as
    no-undef's "'x' is not defined" is lint's judgement of the source, not the module/name error,
    TypeError or parse error a run or a type check gives (ESLint's own parse errors name no rule and stay)."""
    return LINT_RULE.sub("", checks.failing_output)


def signature(bug_type: str, checks: Checks) -> str:
    """ "" when a failing check's output matches the bug type, else what is wrong."""
    if not checks.any_failed:
        return "no check failed"
    out, whole = evidence(checks), checks.output
    test_failed = checks.failed("test")
    lint_rules = set(LINT_RULE.findall(checks.failing_output))

    def missing(pattern: re.Pattern[str], what: str) -> str:
        if pattern.search(out):
            return ""
        # Say when the signature is there but only where it proves nothing, so a writer sees why.
        elsewhere = " (only in a passing check or an ESLint finding)" if pattern.search(whole) else ""
        return f"no {what} in a failing check{elsewhere}"

    if bug_type == "LINTING":
        ok = checks.failed("lint") and not test_failed and lint_rules - {"indent"}
        return "" if ok else f"lint must fail alone (rules {sorted(lint_rules)})"
    if bug_type == "INDENTATION":
        ok = PARSE.search(out) or (checks.failed("lint") and lint_rules == {"indent"} and not test_failed)
        return "" if ok else "no parse error and no indent finding in a failing check"
    if bug_type == "SYNTAX":
        return missing(PARSE, "parse error")
    if bug_type == "IMPORT":
        return missing(IMPORTS, "module or name error")
    if bug_type == "TYPE_ERROR":
        return missing(TYPES, "TypeError or tsc type diagnostic")
    if bug_type == "LOGIC":
        if not test_failed or not ASSERTS.search(checks.output_of("test")):
            return "no failed assertion"
        # Stricter than the other types on purpose: any error a failing check shows, a lint finding's
        # included, makes the bug something other than a wrong result.
        errors = checks.failing_output
        return (
            ""
            if not (TYPES.search(errors) or IMPORTS.search(errors) or PARSE.search(errors))
            else "fails with an error, not an assertion"
        )
    return f"unknown type {bug_type}"


def verify_case(case: Path, work: Path) -> tuple[bool, str]:
    key = json.loads((case / "case.json").read_text())
    bugs = key["bugs"]
    node_modules = install(case, work)
    fixed, repo = project_files(case / "fixed"), project_files(case / "repo")
    scratch = work / "run" / case.name
    problems = []
    fixed_checks = checks_of(fixed, node_modules, scratch / "fixed")
    if fixed_checks.any_failed:
        problems.append(f"fixed fails ({fixed_checks.summary()})")
    repo_checks = checks_of(repo, node_modules, scratch / "repo")
    if not repo_checks.any_failed:
        problems.append("repo passes")
    alone = []
    for bug, variant in zip(bugs, single_bug_variants(fixed, repo, bugs), strict=True):
        checks = checks_of(variant, node_modules, scratch / f"bug-{len(alone)}")
        wrong = signature(bug["type"], checks)
        alone.append(wrong)
        if wrong:
            problems.append(f"{bug['type']} {bug['file']}:{bug['line']} alone: {wrong}")
    types = ", ".join(bug["type"] for bug in bugs)
    line = (
        f"{case.name}: {'OK' if not problems else 'FAIL'}; {len(bugs)} bugs ({types}); "
        f"repo: {repo_checks.summary()}; fixed: {fixed_checks.summary()}; "
        f"each bug alone detected: {'yes' if not any(alone) else 'no'}"
    )
    return not problems, line + "".join(f"\n    {p}" for p in problems)


def versions(case: Path, work: Path) -> str:
    node = run(["node", "--version"], HERE)[1].strip()
    npm = run(["npm", "--version"], HERE)[1].strip()
    return f"checked with Node.js {node} and npm {npm} (each case's locked devDependencies)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--case", action="append", default=[])
    parser.add_argument("--work", type=Path, default=Path("var/npm-corpus"))
    args = parser.parse_args()
    parts = ("dev", "heldout") if args.part == "all" else (args.part,)
    ok = True
    for part in parts:
        cases = case_dirs(HERE / part)
        if args.case:
            cases = [c for c in cases if c.name in args.case]
        lines = []
        for case in cases:
            passed, line = verify_case(case, args.work.resolve())
            ok = ok and passed
            lines.append(line)
            print(line, flush=True)
        if cases and not args.case:
            header = versions(cases[0], args.work)
            (HERE / part / "VERIFY.txt").write_text(f"# {header}\n" + "\n".join(lines) + "\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
