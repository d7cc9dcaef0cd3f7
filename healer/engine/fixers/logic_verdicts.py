"""LOGIC guard of a verdict flipped against the keywords it travels with: `Result(is_valid=True, error=...)`.

A module that builds its results through one constructor with a boolean verdict keyword (`is_valid`, `ok`,
`success`) pairs each verdict with its own other keywords: every `is_valid=False` comes with an `error=`,
the one `is_valid=True` with `metadata=` and no error. Flipping the verdict of an early exit (`if not
match: return Result(is_valid=False, error="pattern is invalid")`) to the success path's value makes that
`if` decide nothing for the verdict, and builds a result the module never builds otherwise: valid, with an
error message. A test whose input the real fault sends down the early exit (a value not cleaned upstream)
then passes, and every other input the exit rejects is now accepted too, which a suite rarely pins (r324
indiaid: `is_valid=True` at validators/gstin.py:35 for the missing `.upper()` of `BaseValidator.clean()`).
Such a flip is the deletion of an exit's effect, an overfitting anti-pattern of repair (Tan et al., FSE
2016, "anti-delete CFG exit node"); the keyword co-occurrence read from the module is a belief in the
sense of Engler et al. (SOSP 2001). The guard: a flip of a boolean keyword of a call to `f` is dropped
when the flipped call passes a keyword that no other call to `f` with the new verdict passes, while every
other call to `f` with the old verdict does (at least one).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile


def _verdict(call: ast.Call, name: str) -> bool | None:
    for keyword in call.keywords:
        if (
            keyword.arg == name
            and isinstance(keyword.value, ast.Constant)
            and type(keyword.value.value) is bool
        ):
            return keyword.value.value
    return None


def _names(call: ast.Call, name: str) -> set[str]:
    return {keyword.arg for keyword in call.keywords if keyword.arg is not None and keyword.arg != name}


def verdict_contradicted(sf: SourceFile, keyword: ast.keyword) -> bool:
    """Flipping `keyword` (a boolean literal) would build a call its module only builds with the old verdict."""
    call = sf.parent(keyword)
    name = keyword.arg
    if not isinstance(call, ast.Call) or name is None or _verdict(call, name) is None:
        return False
    old = _verdict(call, name)
    callee = ast.dump(call.func)
    same_new: list[set[str]] = []
    same_old: list[set[str]] = []
    for node in ast.walk(sf.tree):
        if node is call or not isinstance(node, ast.Call) or ast.dump(node.func) != callee:
            continue
        if any(keyword.arg is None for keyword in node.keywords):
            return False  # a `**kwargs` call hides which keywords go with its verdict
        verdict = _verdict(node, name)
        if verdict is None:
            continue
        (same_old if verdict == old else same_new).append(_names(node, name))
    if not same_new:
        return False
    never_new = _names(call, name) - set().union(*same_new)
    # A keyword every other call with the old verdict passes and none with the new one does: the module's belief.
    return bool(same_old) and bool(never_new & set.intersection(*same_old))


__all__ = ["verdict_contradicted"]
