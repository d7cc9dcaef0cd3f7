"""The TypeScript language service's own code fixes as candidates for tsc's findings.

TypeScript ships the repairs its editors offer as "quick fixes" (`getCodeFixesAtPosition`): a
spelling fix over the checker's own scope (a member, an enum member, an import, a global), a missing
import added from the module that exports the name, `this.` before a member named bare, a missing
`await`, `new` or `async`, a property access for a call of a non-function... They come from the
project's own `typescript` package, so they know its configuration and its types: general by
construction, not a pattern chosen here. `SCRIPT` runs once per round of diagnostics in the sandbox
(languages/javascript.py's `prepare`; the project's node_modules are mounted there, no network): it
builds a language service over the project's tsconfig, asks for the fixes of every error it finds,
and prints them as text edits. `codefix_candidates` turns those of one failure into candidates, which
are validated like every other (tsc's finding gone, no test newly failing).

A fix that only silences the checker is never a candidate (the engine never silences a check): a
`// @ts-ignore` or `@ts-nocheck` comment, an `any` or `unknown` cast or annotation, a definite
assignment assertion. Neither is one that edits a test, a file outside the repository or a
configuration file, nor one that needs a command (installing `@types/...`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.logic import edited_line
from healer.engine.javascript.lint import TextEdit, apply_text_edit

# `node -e SCRIPT ROOT`: a JSON line {"fixes": [{file, line, code, fixes: [...]}]} or {"error": why}.
# Positions are JavaScript string offsets (UTF-16 code units), as ESLint's (lint.apply_text_edit).
SCRIPT = r"""
const path = require('path'), fs = require('fs'), crypto = require('crypto');
const root = path.resolve(process.argv[1] || '.');
const out = (o) => process.stdout.write('\n@@TSFIXES@@' + JSON.stringify(o) + '\n');
let ts;
try { ts = require(require.resolve('typescript', { paths: [root] })); }
catch (e) { try { ts = require('typescript'); } catch (e2) { out({ error: 'no typescript package' }); process.exit(0); } }
const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
if (!configPath) { out({ error: 'no tsconfig.json' }); process.exit(0); }
const read = ts.readConfigFile(configPath, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(read.config || {}, ts.sys, path.dirname(configPath));
const files = parsed.fileNames;
const host = {
  getScriptFileNames: () => files,
  getScriptVersion: () => '0',
  getScriptSnapshot: (f) => fs.existsSync(f) ? ts.ScriptSnapshot.fromString(fs.readFileSync(f, 'utf8')) : undefined,
  getCurrentDirectory: () => root,
  getCompilationSettings: () => parsed.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists, getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());
const supported = new Set(ts.getSupportedCodeFixes().map(Number));
const rel = (f) => path.relative(root, f).split(path.sep).join('/');
const format = ts.getDefaultFormatCodeSettings('\n');
const digest = (f) => { try { return crypto.createHash('sha1').update(fs.readFileSync(f, 'utf8'), 'utf8').digest('hex'); } catch (e) { return ''; } };
const found = [];
const started = Date.now();
for (const file of files) {
  if (file.includes('/node_modules/') || Date.now() - started > 40000) continue;
  let diagnostics;
  try { diagnostics = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)]; }
  catch (e) { continue; }
  for (const d of diagnostics.slice(0, 50)) {
    if (d.category !== ts.DiagnosticCategory.Error || d.start === undefined || !supported.has(d.code)) continue;
    let fixes = [];
    try { fixes = service.getCodeFixesAtPosition(file, d.start, d.start + (d.length || 0), [d.code], format, {}); }
    catch (e) { continue; }
    const at = d.file.getLineAndCharacterOfPosition(d.start);
    found.push({
      file: rel(file), line: at.line + 1, column: at.character + 1, code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 300),
      fixes: fixes.slice(0, 12).map((f) => ({
        name: f.fixName, description: f.description, command: !!f.commands,
        changes: f.changes.map((c) => ({ file: rel(c.fileName), isNewFile: !!c.isNewFile, sha1: digest(c.fileName),
          edits: c.textChanges.map((t) => [t.span.start, t.span.start + t.span.length, t.newText]) })),
      })),
    });
  }
}
out({ fixes: found });
"""

MARKER = "@@TSFIXES@@"
OUTPUT_LIMIT = 2_000_000

# Code fixes that only silence the checker (the engine never does): TypeScript's own names for them.
SILENCING_FIXES = frozenset(
    {
        "disableJsDiagnostics",  # // @ts-ignore, // @ts-nocheck
        "addConvertToUnknownForNonOverlappingTypes",  # `as unknown as T`
        "addMissingPropertyDefiniteAssignmentAssertions",  # `x!: T`
        "fixAddMissingTypeAnnotation",
    }
)
SILENCING_TEXT = re.compile(r"@ts-(?:ignore|nocheck|expect-error)|eslint-disable|\bany\b|\bunknown\b|!:")
# Fixes that declare something new (a member, a function, a property) for a name that is missing: they
# make tsc quiet about a name that was meant to be another, so they go after the engine's families.
DECLARING_FIXES = frozenset(
    {
        "fixMissingMember",
        "fixMissingFunctionDeclaration",
        "fixMissingProperties",
        "fixMissingAttributes",
        "fixClassDoesntImplementInheritedAbstractMember",
        "fixClassIncorrectlyImplementsInterface",
        "addMissingConst",
        "addOptionalPropertyUndefined",
        "addMissingParam",  # the callee given the parameter a call passes: the call was usually wrong
        "addOptionalParam",
        "addMissingDeclareProperty",
        "fixMissingTypeAnnotationOnExports",
        "annotateWithTypeFromJSDoc",
        "unusedIdentifier",
        "inferFromUsage",  # annotates types from the uses: no repair
    }
)


@dataclass(frozen=True)
class CodeFix:
    name: str  # TypeScript's fixName: "spelling", "import", "addMissingAwait"...
    description: str  # "Change spelling to 'total'"
    edits: Mapping[str, tuple[TextEdit, ...]]  # file -> its edits
    # file -> the SHA-1 of the text the service read: the offsets hold only for that text.
    digests: Mapping[str, str] = field(default_factory=dict)

    @property
    def declaring(self) -> bool:
        return self.name in DECLARING_FIXES


@dataclass(frozen=True)
class FixedDiagnostic:
    file: str
    line: int
    column: int
    code: int
    message: str
    fixes: tuple[CodeFix, ...]


def parse_codefixes(output: str) -> list[FixedDiagnostic] | None:
    """The script's report; None when it wrote none (no typescript, no tsconfig, a crash)."""
    at = output.rfind(MARKER)
    if at < 0 or len(output) > OUTPUT_LIMIT:
        return None
    try:
        data = json.loads(output[at + len(MARKER) :].strip().splitlines()[0])
    except (json.JSONDecodeError, IndexError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("fixes"), list):
        return None
    found = []
    for item in data["fixes"]:
        if isinstance(item, dict) and (diagnostic := _diagnostic(item)) is not None:
            found.append(diagnostic)
    return found


def _diagnostic(item: dict) -> FixedDiagnostic | None:
    file, line, code = item.get("file"), item.get("line"), item.get("code")
    if not isinstance(file, str) or not isinstance(line, int) or not isinstance(code, int):
        return None
    fixes = tuple(
        f for raw in item.get("fixes") or [] if isinstance(raw, dict) and (f := _fix(raw)) is not None
    )
    column = item.get("column")
    message = item.get("message")
    return FixedDiagnostic(
        file=file,
        line=line,
        column=column if isinstance(column, int) else 0,
        code=code,
        message=message if isinstance(message, str) else "",
        fixes=fixes,
    )


def _fix(raw: dict) -> CodeFix | None:
    name, description = raw.get("name"), raw.get("description")
    if not isinstance(name, str) or not isinstance(description, str) or raw.get("command"):
        return None  # a fix that needs a command (install @types/...) is no edit
    edits: dict[str, tuple[TextEdit, ...]] = {}
    digests: dict[str, str] = {}
    for change in raw.get("changes") or []:
        if not isinstance(change, dict) or change.get("isNewFile") or not isinstance(change.get("file"), str):
            return None
        spans = []
        for edit in change.get("edits") or []:
            if not (isinstance(edit, list) and len(edit) == 3 and isinstance(edit[2], str)):
                return None
            start, end = edit[0], edit[1]
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
                return None
            spans.append(TextEdit(start=start, end=end, text=edit[2]))
        edits[change["file"]] = tuple(spans)
        if isinstance(change.get("sha1"), str) and change["sha1"]:
            digests[change["file"]] = change["sha1"]
    if not edits:
        return None
    return CodeFix(name=name, description=description, edits=edits, digests=digests)


def silences(fix: CodeFix) -> bool:
    """The fix only makes the checker quiet: a suppression comment, an `any`/`unknown`, a `!:`."""
    if fix.name in SILENCING_FIXES:
        return True
    return any(SILENCING_TEXT.search(edit.text) for edits in fix.edits.values() for edit in edits)


def apply_fix(fix: CodeFix, *, read: Callable[[str], str | None]) -> dict[str, str] | None:
    """Each file's new text; None when an edit does not fit the file as it is now."""
    texts = {}
    for file, edits in fix.edits.items():
        text = read(file)
        if text is None:
            return None
        wanted = fix.digests.get(file)
        if wanted and hashlib.sha1(text.encode("utf-8", errors="surrogateescape")).hexdigest() != wanted:
            return None  # the file changed since the service read it
        # Back to front, so an earlier edit's offsets still hold.
        for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            text = apply_text_edit(text, edit)
            if text is None:
                return None
        texts[file] = text
    return texts


def fixes_at(diagnostics: Iterable[FixedDiagnostic], *, file: str, line: int, code: str) -> list[CodeFix]:
    """The code fixes of the diagnostic a failure reports (same file, line and TS code)."""
    number = int(code[2:]) if code.startswith("TS") and code[2:].isdigit() else -1
    return [
        fix for d in diagnostics if d.file == file and d.line == line and d.code == number for fix in d.fixes
    ]


def repeated_elsewhere(diagnostics: Iterable[FixedDiagnostic], *, file: str, line: int, code: str) -> bool:
    """The same diagnostic (code and message) at another line of the file: a name missing at several uses
    is usually one fault where it is declared or imported, which a per-use code fix only treats at one use."""
    found = list(diagnostics)
    number = int(code[2:]) if code.startswith("TS") and code[2:].isdigit() else -1
    here = {d.message for d in found if d.file == file and d.line == line and d.code == number}
    return any(d.file == file and d.line != line and d.code == number and d.message in here for d in found)


# tsc's own suggestion in its message: "Did you mean 'total'?", "... the instance member 'this.total'?"
SUGGESTED = re.compile(r"Did you mean (?:the (?:static |instance )?member )?'(?P<name>[^']+)'\?")


def codefix_candidates(
    fixes: Iterable[CodeFix],
    *,
    message: str = "",
    failure_file: str,
    failure_line: int,
    read: Callable[[str], str | None],
    editable: Callable[[str], bool],
) -> list[Candidate]:
    """One candidate per code fix that edits one editable file of the repository and does not silence
    the checker (a fix editing several files is rare and left out: a candidate is one file's text).
    The fix that writes what the diagnostic's own "Did you mean ...?" names goes first."""
    suggested = SUGGESTED.search(message)
    if suggested is not None:
        named = suggested["name"]
        fixes = sorted(fixes, key=lambda f: not any(named in e.text for es in f.edits.values() for e in es))
    found, seen = [], set()
    for fix in fixes:
        if silences(fix) or len(fix.edits) != 1:
            continue
        (file,) = fix.edits
        if not editable(file):
            continue
        texts = apply_fix(fix, read=read)
        if texts is None or texts[file] == read(file) or texts[file] in seen:
            continue
        seen.add(texts[file])
        first = min(e.start for e in fix.edits[file])
        old = read(file) or ""
        line = failure_line if file == failure_file else old[:first].count("\n") + 1
        if file == failure_file and all(e.end > e.start for e in fix.edits[file]):
            # A fix that rewrites text away from the failure (`const` made `let` at the declaration
            # for the assignment tsc names, TS2588) is reported where it was made, as LOGIC and
            # SYNTAX fixes are (round 51); one that only inserts (an import, a member, `this.`)
            # stays at the failure it answers.
            line = edited_line(old, texts[file], line=failure_line)
        found.append(
            Candidate(
                file=file,
                text=texts[file],
                line=line,
                description=f"TypeScript's quick fix: {_sentence(fix.description)}",
            )
        )
    return found


def _sentence(text: str) -> str:
    return (text[:1].lower() + text[1:])[:200] if text else "apply TypeScript's code fix"
