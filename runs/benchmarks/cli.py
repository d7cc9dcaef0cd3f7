"""What `manage.py healbench` does in each of its modes; the command only parses and prints."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from runs.benchmarks.corpus import BenchError, bench_format, bench_run, bench_summary


def healbench_run(
    *,
    corpus_dir: str | None,
    mutate: str | None = None,
    realset: str | None = None,
    realset_check: str | None = None,
    realcases: str | None = None,
    realcases_check: str | None = None,
    mutants: int | None = None,
    group: int = 3,
    groups: int | None = None,
    seed: int = 0,
    echo: Callable[[str], None] = print,
) -> tuple[list[str], dict]:
    """Run one benchmark; returns (lines to print, figures for --json). Bad input: BenchError."""
    modes = [m for m in (mutate, realset, realset_check, realcases, realcases_check) if m]
    if len(modes) > 1 or (corpus_dir and modes):
        raise BenchError(
            "give one of CORPUS_DIR, --mutate, --realset, --realset-check, --realcases or --realcases-check"
        )
    if mutate:
        from runs.benchmarks.mutate import DEFAULT_MUTANTS, mutate_bench, report_format

        report = mutate_bench(
            path=Path(mutate),
            mutants=DEFAULT_MUTANTS if mutants is None else mutants,
            group=group,
            groups=groups,
            seed=seed,
            echo=echo,
        )
        return report_format(report), report.as_dict()
    if realset:
        from runs.benchmarks.realset import REALSET_MUTANTS, realset_format
        from runs.benchmarks.realset import realset_run as run

        result = run(
            half=realset,
            mutants=REALSET_MUTANTS if mutants is None else mutants,
            group=group,
            groups=groups,
            seed=seed,
            echo=echo,
        )
        return realset_format(result), result
    if realset_check:
        from runs.benchmarks.realset import realset_check as check

        rows = check(half=realset_check, echo=echo)
        passing = sum(1 for row in rows if row["ok"])
        return [f"TOTAL: checks pass unmodified in {passing}/{len(rows)} projects"], {"projects": rows}
    if realcases:
        from runs.benchmarks.realcases import realcases_run

        results, corpus = realcases_run(half=realcases, echo=echo)
        return bench_format(results), _corpus_data(corpus, results)
    if realcases_check:
        from runs.benchmarks.realcases import realcases_check as check_cases

        problems = check_cases(half=realcases_check, echo=echo)
        verdict = "every case and bug checks out" if not problems else f"{len(problems)} problem(s)"
        return [f"TOTAL: {verdict}", *problems], {"problems": problems}
    if not corpus_dir:
        raise BenchError("give a CORPUS_DIR, or --mutate PATH, --realset HALF or --realcases HALF")
    results = bench_run(corpus_dir=Path(corpus_dir), echo=echo)
    return bench_format(results), _corpus_data(Path(corpus_dir), results)


def _corpus_data(corpus: Path, results) -> dict:
    return {
        "corpus": str(corpus.resolve()),
        "cases": [r.as_dict() for r in results],
        "total": bench_summary(results),
    }
