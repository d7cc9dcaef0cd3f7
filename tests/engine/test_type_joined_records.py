"""A record kept whole where its text member is collected for a join (fixers/type_joined_records.py).

Every example is synthetic (none is a dev case): a function rebuilds text from (text, start, end)
records, unpacking them to append the text, and one item enters the list whole."""

from __future__ import annotations

from .fixer_helpers import type_error_candidates as _candidates


def test_it_takes_the_member_the_function_appends_where_the_record_entered_whole(project) -> None:
    # `words[0]` is a (text, start, end) record; the loop appends each record's text (position 0),
    # so the first item takes the same member where it is made, not a str() of every item at the join.
    candidates = _candidates(
        project,
        {
            "app/spans.py": """
                def rebuild(source, words):
                    parts = [words[0]]
                    for prev, curr in zip(words, words[1:]):
                        _, _, prev_end = prev
                        text, start, _ = curr
                        parts.append(source[prev_end:start])
                        parts.append(text)
                    return "".join(parts)
                """,
        },
        "sequence item 0: expected str instance, tuple found",
        ("app/spans.py", 'return "".join(parts)'),
    )
    assert candidates[0].file == "app/spans.py"
    assert "    parts = [words[0][0]]\n" in candidates[0].new_source
    assert candidates[0].making_site


def test_it_leaves_a_list_whose_items_are_no_unpacked_member(project) -> None:
    # Nothing the function unpacks is appended to the list: no position says which member is the text.
    candidates = _candidates(
        project,
        {
            "app/spans.py": """
                def rebuild(words):
                    parts = [words[0]]
                    for word in words[1:]:
                        parts.append(word)
                    return "".join(parts)
                """,
        },
        "sequence item 0: expected str instance, tuple found",
        ("app/spans.py", 'return "".join(parts)'),
    )
    assert not any("words[0][" in c.new_source for c in candidates)
