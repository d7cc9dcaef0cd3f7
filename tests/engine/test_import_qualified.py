"""`cannot import name 'X' from 'm'` where m's own name for it is X's leading or trailing words
(imports.qualified_exports): imported under the alias the file uses."""

from __future__ import annotations

from healer.engine.fixers.imports import ImportFixer, qualified_exports

from .fixer_helpers import context, runtime_failure


def test_it_finds_the_export_an_alias_qualified_by_the_module(project):
    assert qualified_exports("compile_regex", {"compile", "_compile", "escape"}, module="re") == ["compile"]
    assert qualified_exports("json_loads", {"loads", "load", "dumps"}, module="json") == ["loads"]


def test_it_ranks_the_export_whose_extra_words_name_the_module_first():
    found = qualified_exports("regex_split_text", {"split_text", "text"}, module="re")
    assert found == ["split_text", "text"]
    assert qualified_exports("read_all", {"read", "_read"}, module="io") == ["read"]
    assert qualified_exports("loads", {"loads"}, module="json") == []


def test_it_imports_the_modules_function_under_the_name_the_file_uses(project):
    files = {"m.py": "from re import compile_regex\n\nPATTERN = compile_regex('a+')\n"}
    failure = runtime_failure(
        "m.py",
        1,
        "ImportError",
        "cannot import name 'compile_regex' from 're'",
        module_names=["compile", "escape", "_compile", "_compile_repl", "match"],
    )
    ws = project(files)
    candidates = sorted(ImportFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert candidates[0].new_source.startswith("from re import compile as compile_regex\n")


def test_it_adds_the_var_keyword_parameter_a_call_forwards(project):
    from healer.engine.fixers.imports import variadic_parameter
    from healer.engine.pyindex import parse

    source = "def wrap(fn, timeout=3, *args):\n    return fn(*args, **kwargs)\n"
    new = variadic_parameter(source, parse(source), 2, "kwargs")
    assert new == "def wrap(fn, timeout=3, *args, **kwargs):\n    return fn(*args, **kwargs)\n"
    source = "def wrap(fn, **kw):\n    return fn(*args, **kw)\n"
    assert variadic_parameter(source, parse(source), 2, "args") == (
        "def wrap(fn, *args, **kw):\n    return fn(*args, **kw)\n"
    )
    source = "def wrap():\n    return g(**opts)\n"
    assert variadic_parameter(source, parse(source), 2, "opts") == "def wrap(**opts):\n    return g(**opts)\n"
    source = "def wrap(x):\n    return g(opts)\n"
    assert variadic_parameter(source, parse(source), 2, "opts") is None


def test_it_ranks_the_forwarded_parameter_before_another_name_in_scope(project):
    files = {"m.py": "def wrap(fn, *args):\n    return fn(*args, **kwargs)\n"}
    failure = runtime_failure("m.py", 2, "NameError", "name 'kwargs' is not defined")
    ws = project(files)
    candidates = sorted(ImportFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert candidates[0].new_source.startswith("def wrap(fn, *args, **kwargs):\n")
