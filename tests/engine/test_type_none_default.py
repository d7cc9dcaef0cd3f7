"""A parameter's None default reaching an API that demands a typed value (fixers/type_none_default.py)."""

from __future__ import annotations

from .fixer_helpers import type_error_candidates

TOKENS = {
    "pkg/__init__.py": "",
    "pkg/tokens.py": """
        import io


        def string_stream(text, encoding):
            return io.BytesIO(bytes(text, encoding=encoding))


        class Reader:
            def read_file(self, path, encoding="utf-8"):
                return open(path, encoding=encoding)

            def read_string(self, text, encoding=None):
                return string_stream(text, encoding)
    """,
}


def _sources(candidates, file):
    return [c.new_source for c in candidates if c.file == file]


def test_it_follows_a_required_parameter_up_to_the_caller_whose_default_is_none(project):
    message = "bytes() argument 'encoding' must be str, not None"
    found = type_error_candidates(project, TOKENS, message, ("pkg/tokens.py", "bytes(text"))
    sources = _sources(found, "pkg/tokens.py")
    # The same-named parameter's default elsewhere in the repository comes first.
    fixed = [s for s in sources if "def read_string(self, text, encoding='utf-8'):" in s]
    assert fixed and sources.index(fixed[0]) == min(
        i for i, s in enumerate(sources) if "def read_string(self, text, encoding=" in s
    )
    assert any('encoding=""' in s for s in sources)  # the plain str values after it


def test_it_defaults_a_guarded_parameter_to_the_demanded_type(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/words.py": """
            def generate(count, separator: str = None):
                if not isinstance(separator, str):
                    raise TypeError(f"Separator must be a string, not {type(separator)}")
                return separator.join(["w"] * count)
        """,
    }
    message = "Separator must be a string, not <class 'NoneType'>"
    found = type_error_candidates(project, files, message, ("pkg/words.py", "raise TypeError"))
    sources = _sources(found, "pkg/words.py")
    assert any('def generate(count, separator: str = " "):' in s for s in sources)
    assert any('def generate(count, separator: str = ""):' in s for s in sources)


def test_it_leaves_a_parameter_that_has_a_real_default(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/words.py": """
            def generate(count, separator=1):
                return "".join([separator] * count)
        """,
    }
    message = "sequence item 0: expected str instance, int found"
    found = type_error_candidates(project, files, message, ("pkg/words.py", "join"))
    assert not any("default separator" in c.description for c in found)


def test_it_changes_no_default_when_the_none_is_passed_explicitly(project):
    files = {
        "pkg/__init__.py": "",
        "pkg/tokens.py": """
            def string_stream(text, encoding):
                return bytes(text, encoding=encoding)


            def run(text):
                return string_stream(text, None)
        """,
    }
    message = "bytes() argument 'encoding' must be str, not None"
    found = type_error_candidates(project, files, message, ("pkg/tokens.py", "bytes(text"))
    assert not any(c.description.startswith("default encoding") for c in found)
