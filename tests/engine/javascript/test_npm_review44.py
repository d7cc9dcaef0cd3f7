"""Round 44, npm review: bugs found in npm18's new families (foreign_names, weaker_programs,
syntax_sloppy), each with the test that failed before its fix."""

from __future__ import annotations

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.types import BugType, Failure


def _import_candidates(
    text: str, name: str, line: int, *, packages=(), path: str = "src/view.js"
) -> list[str]:
    repo = Repository(files=[path], read={path: text}.get, packages=packages)
    failure = Failure(
        BugType.IMPORT, path, line, f"ReferenceError: {name} is not defined", "test", extra={"name": name}
    )
    return [c.text for c in candidates_for(failure, repo=repo, module_type="module")]


# -- foreign_names: only Python's string prefixes are tags that mean "no tag" ---------------------------
def test_a_library_tag_whose_import_is_missing_is_not_dropped():
    # `html` is lit's tag (it builds a TemplateResult, not a string): dropping it makes a weaker program
    # that a test reading only the text passes; the repair is the import.
    source = "export const view = (n) => html`<p>${n}</p>`;\n"
    found = _import_candidates(source, "html", 1, packages=["lit"])
    assert "export const view = (n) => `<p>${n}</p>`;\n" not in found


def test_pythons_string_prefixes_are_still_dropped_and_a_raw_prefix_becomes_string_raw():
    found = _import_candidates("export const h = (p) => F`${p} bandstand`;\n", "F", 1)
    assert found[0] == "export const h = (p) => `${p} bandstand`;\n"
    # Python's raw string keeps its backslashes: JavaScript's String.raw does, an untagged template not.
    found = _import_candidates("export const DIGITS = r`\\d+`;\n", "r", 1)
    assert found[0] == "export const DIGITS = String.raw`\\d+`;\n"
    assert found[1] == "export const DIGITS = `\\d+`;\n"


# -- syntax_sloppy: a tagged template's escapes are its tag's to read ----------------------------------
def test_an_octal_escape_in_a_tagged_template_is_left_as_written():
    # A tagged template may hold any escape (ES2018: its cooked value is undefined, its raw value the
    # text); String.raw`\033` is the four characters \033, and `\x1b` there would be other text.
    from healer.engine.javascript.fixers.syntax import syntax_candidates

    source = "const BOLD = '\\033[1m';\nexport const ESC = String.raw`\\033`;\n"
    found = [c.text for c in syntax_candidates(source, "src/tty.js", line=1)]
    assert found[0] == "const BOLD = '\\x1b[1m';\nexport const ESC = String.raw`\\033`;\n"


# -- weaker_programs: the original is counted once per failure, not once per candidate -----------------
def test_the_weaker_program_filter_counts_the_original_file_once(monkeypatch):
    # Counting walks every node of the file (a second and more for a 12,000-line module); a failure's
    # candidates (tens, mostly of one file) each re-counted the same original before.
    from healer.engine.javascript.fixers import dispatch, weaker_programs
    from healer.engine.javascript.fixers.base import Candidate

    old = "export function f(x) {\n  if (typeof x === 'string') return x;\n  throw new Error('no');\n}\n"
    counted = []
    real = weaker_programs._counts
    monkeypatch.setattr(
        weaker_programs, "_counts", lambda text, path: counted.append(text) or real(text, path)
    )
    repo = Repository(files=["src/f.js"], read={"src/f.js": old}.get)
    found = [Candidate("src/f.js", old.replace("'no'", f"'no {i}'"), 3, "edit") for i in range(10)]
    stub = Candidate("src/f.js", old.replace("  if (typeof x === 'string') return x;\n", ""), 2, "stub")
    kept = dispatch._stronger([*found, stub], repo=repo)
    assert kept == found  # the throw-only body is still refused
    assert counted.count(old) == 1


def test_an_escaped_non_ascii_digit_is_no_octal_escape_and_no_crash():
    # `'\²'` and `'\٣'` are identity escapes (the character itself); str.isdigit() is true for them,
    # and reading them as octal digits raised ValueError (int('', 8)) for any failure on the line.
    from healer.engine.javascript.fixers.syntax import syntax_candidates

    source = "export const s = '\\²' + '\\٣' + '\\033';\n"
    found = [c.text for c in syntax_candidates(source, "src/a.js", line=1)]
    assert found[0] == "export const s = '\\²' + '\\٣' + '\\x1b';\n"


def test_a_line_of_many_octal_escapes_rewrites_the_file_once(monkeypatch):
    # Every legacy escape on the reported line triggered the whole file's rewrite again (a walk of
    # every node each: 10 s for a line of 30 escapes in a 12,000-line module); the first one does it.
    from healer.engine.javascript.fixers import syntax_sloppy
    from healer.engine.javascript.fixers.syntax import early_error_candidates

    calls = []
    real = syntax_sloppy._octal_escapes
    monkeypatch.setattr(syntax_sloppy, "_octal_escapes", lambda *a: calls.append(a) or real(*a))
    escapes = "', '".join(f"\\033[{i}m" for i in range(30))
    source = f"export const S = '\\\\0', C = ['{escapes}'];\nexport const T = String.raw`\\01`;\n"
    found = [c.text for c in early_error_candidates(source, "src/tty.js", line=1)]
    assert len(calls) == 1
    assert found[0].startswith("export const S = '\\\\0', C = ['\\x1b[0m', '\\x1b[1m'")
    assert found[0].endswith("String.raw`\\01`;\n")


def test_with_taken_out_keeps_a_multiline_templates_text():
    # The body is moved one level out by re-indenting its rows; a template spanning rows is text, and
    # re-indenting it changed the string the function returns (a candidate that edits what it does not fix).
    from healer.engine.javascript.fixers.syntax import syntax_candidates

    source = (
        "export function banner(o) {\n  with (o) {\n    return `${title}\n    ${PI}\n      end`;\n  }\n}\n"
    )
    found = [c.text for c in syntax_candidates(source, "src/banner.js", line=2)]
    assert found, "with over an object still gets its names qualified"
    for text in found:
        assert "\n    ${o.PI}\n      end`" in text or "\n    ${PI}\n      end`" in text
