"""healbench: corpus loading, scoring, and the command end to end on a corpus of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from runs.benchmarks.corpus import (
    BenchError,
    BugKey,
    HealResult,
    ReportedFix,
    VerifyResult,
    bench_format,
    bench_run_case,
    bench_summary,
    case_load,
    corpus_load,
    fixes_match,
)


def _case(root: Path, name: str, bugs, files) -> Path:
    case = root / name
    for rel, text in files.items():
        target = case / "repo" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    (case / "case.json").write_text(json.dumps({"name": name, "bugs": bugs}))
    return case


CALC = {
    "pyproject.toml": '[tool.pytest.ini_options]\npythonpath = ["src"]\n\n[tool.ruff.lint]\nselect = ["F"]\n',
    "src/calc.py": "import os\n\n\ndef add(a, b)\n    return a + b\n",
    "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n",
}
CALC_BUGS = [
    {"file": "src/calc.py", "line": 1, "type": "LINTING", "fix": "remove the import statement"},
    {"file": "src/calc.py", "line": 4, "type": "SYNTAX", "fix": "add the colon"},
]


def test_fixes_match_by_exact_file_line_and_type():
    bugs = [BugKey("a.py", 3, "LINTING"), BugKey("a.py", 8, "SYNTAX"), BugKey("b.py", 1, "IMPORT")]
    fixes = [
        ReportedFix("a.py", 3, "LINTING", "FIXED"),
        ReportedFix("a.py", 9, "SYNTAX", "FIXED"),  # wrong line
        ReportedFix("b.py", 1, "IMPORT", "FAILED"),  # not fixed
        ReportedFix("c.py", 2, "LOGIC", "FIXED"),  # not in the key
    ]
    matched, missed, unexpected = fixes_match(bugs=bugs, fixes=fixes)
    assert matched == [BugKey("a.py", 3, "LINTING")]
    assert missed == [BugKey("a.py", 8, "SYNTAX"), BugKey("b.py", 1, "IMPORT")]
    assert [f.file for f in unexpected] == ["a.py", "c.py"]


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("not json", "not valid JSON"),
        (json.dumps({"bugs": [{"file": "a.py", "line": 0, "type": "LOGIC"}]}), "positive 'line'"),
        (json.dumps({"bugs": [{"file": "a.py", "line": 1, "type": "TYPO"}]}), "unknown type"),
        (json.dumps({"bugs": "x"}), "'bugs' list"),
    ],
)
def test_it_refuses_malformed_answer_keys(tmp_path, key, message):
    (tmp_path / "c" / "repo").mkdir(parents=True)
    (tmp_path / "c" / "case.json").write_text(key)
    with pytest.raises(BenchError, match=message):
        case_load(tmp_path / "c")


def test_it_refuses_an_empty_corpus(tmp_path):
    with pytest.raises(BenchError, match="holds no case"):
        corpus_load(tmp_path)


def test_it_scores_one_case_against_its_key(tmp_path):
    case = case_load(_case(tmp_path, "c1", CALC_BUGS, CALC))
    seen = {}

    def heal(repo: Path) -> HealResult:
        seen["git"] = (repo / ".git").is_dir()
        return HealResult(
            status="PASSED",
            fixes=[
                ReportedFix("src/calc.py", 4, "SYNTAX", "FIXED", "add the colon"),
                ReportedFix("src/calc.py", 1, "LINTING", "FIXED", "remove the import statement"),
            ],
        )

    def verify(case, repo: Path) -> VerifyResult:
        return VerifyResult(ok=True, passed=1, failed=0, lint_findings=0)

    result = bench_run_case(case=case, heal=heal, verify=verify)
    assert seen["git"]
    assert (len(result.matched), result.missed, result.unexpected) == (2, [], [])
    assert result.checks_pass and result.passed == 1
    summary = bench_summary([result])
    assert summary["bugs_matched"] == 2 and summary["match_rate"] == 1.0 and summary["cases_passing"] == 1
    assert bench_format([result])[-1].startswith("TOTAL: checks passing 1/1 cases, bugs matched 2/2 (100.0%)")


@pytest.mark.docker
@pytest.mark.django_db(transaction=True)
def test_the_command_heals_a_corpus_and_writes_json(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    _case(corpus, "c1-calc", CALC_BUGS, CALC)
    out = tmp_path / "bench.json"
    call_command("healbench", str(corpus), "--json", str(out))
    printed = capsys.readouterr().out
    assert "TOTAL: checks passing 1/1 cases, bugs matched 2/2 (100.0%)" in printed
    data = json.loads(out.read_text())
    (case,) = data["cases"]
    assert case["checks_pass"] and case["matched_count"] == 2
    assert data["total"]["bugs_matched"] == 2
    # The corpus itself is never modified.
    assert (corpus / "c1-calc" / "repo" / "src" / "calc.py").read_text() == CALC["src/calc.py"]


@pytest.mark.django_db  # the command first checks the database is migrated
def test_the_command_exits_2_on_a_bad_corpus(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        call_command("healbench", str(tmp_path / "missing"))
    assert exit_info.value.code == 2
    assert "is not a directory" in capsys.readouterr().err
