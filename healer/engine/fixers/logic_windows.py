"""LOGIC edit families of a whole window, a walk's end, a mask's count and a key's form (round 51, pylogic25).

Four generic templates, each an AST-located splice like `logic_builtins`, each with its evidence on the line
or in the enclosing function rather than searched blindly:

- **a window read one place early or late** (`window_shifted`): `word[i] + word[i + 1]` where the pair
  after it was meant: every subscript of the same sequence by the same index variable on the line moved
  together by one (`word[i + 1] + word[i + 2]`, and one place back). The single-index offsets (PAR's and
  TBar's "mutate data"/off-by-one on one index) move one subscript and leave the window torn; the shift
  is the off-by-one applied to the window's base, as a sliding window's one loop index is.
- **a walk that goes one step too far** (`walk_shortened`): `while p.parent is not None: p = p.parent`
  stops at the node with no parent; when the walk was meant to stop one below it (the top-level entry
  under the root), the guard also asks about the next step: `... and p.parent.parent is not None`. The
  loop-condition mutators of the repair literature (TBar's "mutate conditional expression", adding a
  conjunct; the QuixBugs "missing/extra loop step" class), with the conjunct built from the loop's own
  step (the body's `p = p.<attr>`), so it only fires on a pointer walk.
- **a mask's length where its count of True entries was meant** (`mask_counted`): `len(mask)` is the
  number of entries of a boolean mask, `sum(mask)` the number it selects; only where the function uses
  the collection as a mask (a comprehension filtered by its items, `if y` for `y` drawn from it, or a
  `.dtype == bool` test). The sibling-aggregate template (TBar's "mutate method invocation", a builtin
  for its sibling) with a type-directed guard (PyTER-style: the value's role says which sibling fits).
- **a flip without its minus one** (`flip_completed`): `size - y` where the file flips the same size
  elsewhere as `size - ... - 1` (the inverse function's `n - i - 1`, the last index counted from the end):
  the line gets the `- 1` too. Off-by-one on a reversed index (PAR's and TBar's index mutators), with the
  ingredient taken from the file's own writing of the same flip, as logic_analogy takes a neighbour's.
- **a key in the form the mapping is keyed by** (`key_aligned`): `if k in seen: ... seen[k.num] = v`
  looks the object up where its number is the key; the line's key is rewritten to the form the same
  function's other lookups and stores of that mapping use (`k.num`, or bare `k` where every other use is
  bare). Field-sensitive def-use through a dict (the reaching stores decide the key), as logic_keys
  reads constant keys.

Each visits only the nodes starting on the line (SourceFile.nodes_starting); the mask and key evidence is
read in one walk of the enclosing function per parsed file (`_Facts`), the flips in one walk of the file.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, TreeMemo, function_at, shorten, walk_own_scope
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# Above one index's off-by-one (0.8 in lineedit): moving one subscript of a window tears it, moving all keeps
# it whole; a later window (the pair after the one read) first, since a scan reads ahead of its index.
WINDOW_PRIOR = 0.85
WINDOW_BACK_PRIOR = 0.6
FLIP_PRIOR = 0.6  # the file writes the same flip with its `- 1` elsewhere
WALK_PRIOR = 0.35
MASK_PRIOR = 0.45  # the function itself uses the value as a mask
KEY_PRIOR = 0.5  # the mapping's other uses agree on the key's form
MAX_WINDOW = 4  # subscripts of one window on one line
MAX_SCOPE_NODES = 20_000  # nodes of the enclosing function read for the mask and key evidence
MAX_NODES = 200_000  # nodes of a file read once for its flips
_FLIPS = TreeMemo(limit=16)


def window_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    nodes = sf.nodes_starting(line)
    found += window_shifted(sp, line, nodes)
    for node in nodes:
        if isinstance(node, ast.While):
            found += walk_shortened(sp, line, node)
        elif isinstance(node, ast.Call) and sf.on_one_line(node):
            found += mask_counted(sp, line, node)
    found += key_aligned(sp, line, nodes)
    found += flip_completed(sp, line, nodes)
    return found


def _indexed(node: ast.Subscript) -> tuple[str, int] | None:
    """`s[i]` -> ('i', 0), `s[i + 2]` -> ('i', 2), `s[i - 1]` -> ('i', -1); anything else None."""
    index = node.slice
    if isinstance(index, ast.Name):
        return index.id, 0
    if (
        isinstance(index, ast.BinOp)
        and isinstance(index.op, ast.Add | ast.Sub)
        and isinstance(index.left, ast.Name)
        and isinstance(index.right, ast.Constant)
        and type(index.right.value) is int
    ):
        step = index.right.value
        return index.left.id, step if isinstance(index.op, ast.Add) else -step
    return None


def _index_text(name: str, offset: int) -> str:
    if offset == 0:
        return name
    return f"{name} + {offset}" if offset > 0 else f"{name} - {-offset}"


def window_shifted(sp: Splicer, line: int, nodes: list[ast.AST]) -> list[Rewrite]:
    """`w[i] + w[i + 1]` -> `w[i + 1] + w[i + 2]` and `w[i - 1] + w[i]`: a window of one sequence moved whole."""
    windows: dict[tuple[str, str], list[tuple[ast.Subscript, int]]] = {}
    for node in nodes:
        if not (
            isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and sp.sf.on_one_line(node)
        ):
            continue
        read = _indexed(node)
        if read is None or not isinstance(node.value, ast.Name | ast.Attribute):
            continue
        windows.setdefault((ast.dump(node.value), read[0]), []).append((node, read[1]))
    found = []
    for reads in windows.values():
        offsets = [offset for _, offset in reads]
        # a window: two to MAX_WINDOW different places of one sequence (the same place twice is no window)
        if not 2 <= len(reads) <= MAX_WINDOW or len(set(offsets)) != len(offsets):
            continue
        name = _indexed(reads[0][0])[0]  # type: ignore[index]
        for shift, prior, where in (
            (1, WINDOW_PRIOR, "one place later"),
            (-1, WINDOW_BACK_PRIOR, "one place earlier"),
        ):
            spans = tuple((*sp.span(node.slice), _index_text(name, offset + shift)) for node, offset in reads)
            shown = " and ".join(
                f"{sp.text(node.value)}[{_index_text(name, o + shift)}]" for node, o in reads
            )
            description = f"read the window {where}: {shorten(shown, 60)}"
            found.append(Rewrite(line, spans, description, prior, "index"))
    return found


def _walk_step(test: ast.expr) -> tuple[str, str] | None:
    """`p.parent is not None` or `p.parent` -> ('p', 'parent')."""
    if (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        test = test.left
    if isinstance(test, ast.Attribute) and isinstance(test.value, ast.Name):
        return test.value.id, test.attr
    return None


def walk_shortened(sp: Splicer, line: int, node: ast.While) -> list[Rewrite]:
    """`while p.up is not None: p = p.up` -> `while p.up is not None and p.up.up is not None:`."""
    step = _walk_step(node.test)
    if step is None or not sp.sf.on_one_line(node.test):
        return []
    name, attr = step
    steps = any(
        isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and stmt.targets[0].id == name
        and isinstance(stmt.value, ast.Attribute)
        and stmt.value.attr == attr
        and isinstance(stmt.value.value, ast.Name)
        and stmt.value.value.id == name
        for stmt in node.body
    )
    if not steps:
        return []
    test = sp.text(node.test)
    ahead = test.replace(f"{name}.{attr}", f"{name}.{attr}.{attr}", 1)
    if ahead == test:
        return []  # written with a space inside the step (`p . up`): no text to extend
    start, end = sp.span(node.test)
    description = f"stop the walk one step earlier: {shorten(f'{test} and {ahead}', 60)}"
    return [Rewrite(line, ((start, end, f"{test} and {ahead}"),), description, WALK_PRIOR, "cmp")]


class _Facts:
    """What the mask and key evidence needs of one function, read in one walk of its own scope: a
    fixer asked about every line of a function must not walk it once per line (quadratic in its size)."""

    def __init__(self, sf: SourceFile, func: ast.AST) -> None:
        self.masks: set[str] = set()
        # (mapping, key name) -> key form (an attribute or None for bare) -> [uses, uses per line]
        self.keys: dict[tuple[str, str], dict[str | None, tuple[list[int], dict[int, int]]]] = {}
        for count, node in enumerate(walk_own_scope(func)):
            if count >= MAX_SCOPE_NODES:
                break
            self.masks |= _masks_of(sf, node)
            used = _keys_of(node)
            # only a mapping the line's own key can name (a name or an attribute) is ever looked up
            if used is None or not isinstance(used[0], ast.Name | ast.Attribute):
                continue
            form = _key_form(used[1])
            if form is None:
                continue
            uses, per_line = self.keys.setdefault((ast.dump(used[0]), form[0]), {}).setdefault(
                form[1], ([0], {})
            )
            uses[0] += 1
            lineno = getattr(node, "lineno", 0)
            per_line[lineno] = per_line.get(lineno, 0) + 1

    def forms_elsewhere(self, mapping: str, name: str, line: int) -> set[str | None]:
        """The forms the mapping's key `name` takes on the function's other lines."""
        forms = self.keys.get((mapping, name), {})
        return {form for form, (uses, per_line) in forms.items() if uses[0] > per_line.get(line, 0)}


_FACTS = TreeMemo(limit=16)


def _facts(sf: SourceFile, line: int) -> _Facts | None:
    func = function_at(sf, line)
    if func is None:
        return None
    held: dict[int, _Facts] = _FACTS.get(sf, lambda _sf: {})
    if id(func) not in held:  # the tree is held with the memo: a function's id is not reused meanwhile
        held[id(func)] = _Facts(sf, func)
    return held[id(func)]


def _kept(sf: SourceFile, node: ast.comprehension) -> set[str]:
    """The names the comprehension's element reads (`x` of `[x for x, y in ...]`)."""
    comp = sf.parent(node)
    parts = [comp.key, comp.value] if isinstance(comp, ast.DictComp) else [getattr(comp, "elt", None)]
    return {
        sub.id for part in parts if part is not None for sub in ast.walk(part) if isinstance(sub, ast.Name)
    }


def _masks_of(sf: SourceFile, node: ast.AST) -> set[str]:
    """The collections the node uses as a mask: filtered by their items (`... for x, y in zip(xs, m) if y`)
    or their dtype tested against bool."""
    found: set[str] = set()
    if isinstance(node, ast.comprehension) and node.ifs:
        # the item itself is the filter (`if y`): an item compared (`if y > 0`) is a value, not a flag;
        # and a flag selects other values: an item kept for its truth (`[s for s in names if s]`, dropping
        # the empty ones) is a value too
        tests = {test.id for test in node.ifs if isinstance(test, ast.Name)}
        if tests:
            tests -= _kept(sf, node)
        it, target = node.iter, node.target
        if isinstance(it, ast.Name) and isinstance(target, ast.Name) and target.id in tests:
            found.add(it.id)
        if (
            isinstance(it, ast.Call)
            and isinstance(it.func, ast.Name)
            and it.func.id == "zip"
            and isinstance(target, ast.Tuple)
            and len(target.elts) == len(it.args)
        ):
            for arg, elt in zip(it.args, target.elts, strict=True):
                if isinstance(arg, ast.Name) and isinstance(elt, ast.Name) and elt.id in tests:
                    found.add(arg.id)
    elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.Eq | ast.Is):
        left, right = node.left, node.comparators[0]
        if (
            isinstance(left, ast.Attribute)
            and left.attr == "dtype"
            and isinstance(left.value, ast.Name)
            and isinstance(right, ast.Name)
            and right.id == "bool"
        ):
            found.add(left.value.id)
    return found


def mask_counted(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """`len(mask)` -> `sum(mask)` where the function uses `mask` as a boolean mask."""
    if not (
        isinstance(node.func, ast.Name)
        and node.func.id == "len"
        and len(node.args) == 1
        and not node.keywords
        and isinstance(node.args[0], ast.Name)
    ):
        return []
    name = node.args[0].id
    facts = _facts(sp.sf, line)
    if facts is None or name not in facts.masks:
        return []
    start, end = sp.span(node.func)
    description = f"count the mask's True entries: sum({name}) instead of len({name})"
    return [Rewrite(line, ((start, end, "sum"),), description, MASK_PRIOR, "call")]


def _keys_of(node: ast.AST) -> tuple[ast.expr, ast.expr] | None:
    """(mapping, key) of `m[key]`, `key in m`, `m.get(key)`, `m.pop(key)`, `m.setdefault(key, ...)`."""
    if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
        return node.value, node.slice
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In | ast.NotIn):
        return node.comparators[0], node.left
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("get", "pop", "setdefault")
        and node.args
    ):
        return node.func.value, node.args[0]
    return None


def _key_form(key: ast.expr) -> tuple[str, str | None] | None:
    """`k` -> ('k', None), `k.num` -> ('k', 'num'); other keys None."""
    if isinstance(key, ast.Name):
        return key.id, None
    if isinstance(key, ast.Attribute) and isinstance(key.value, ast.Name):
        return key.value.id, key.attr
    return None


def key_aligned(sp: Splicer, line: int, nodes: list[ast.AST]) -> list[Rewrite]:
    """`if k in m:` where the function's other uses of `m` are keyed `m[k.num]`: `if k.num in m:` (and back)."""
    here = []
    for node in nodes:
        used = _keys_of(node)
        if used is None or not isinstance(used[0], ast.Name | ast.Attribute):
            continue
        form = _key_form(used[1])
        if form is not None and sp.sf.on_one_line(used[1]):
            here.append((ast.dump(used[0]), used[1], form))
    if not here:
        return []
    facts = _facts(sp.sf, line)
    if facts is None:
        return []
    found = []
    seen = set()
    for mapping, key, (name, attr) in here:
        forms = facts.forms_elsewhere(mapping, name, line)
        # only when the other uses agree on one form that differs from the line's
        if len(forms) != 1 or attr in forms:
            continue
        (other,) = forms
        # the object for one of its fields or back; one field for another (`adj[e.dst]` beside `adj[e.src]`,
        # both ends of an edge) is a mapping keyed by values of one kind, not a key in the wrong form
        if attr is not None and other is not None:
            continue
        new = name if other is None else f"{name}.{other}"
        start, end = sp.span(key)
        if (start, end) in seen:
            continue
        seen.add((start, end))
        description = f"key the lookup as the mapping's other uses do: {new} instead of {sp.text(key)}"
        found.append(Rewrite(line, ((start, end, new),), description, KEY_PRIOR, "index"))
    return found


def _flipped_sizes(sf: SourceFile) -> set[str]:
    """The sizes the file flips with a minus one: `board[1]` of `board[1] - y - 1` (text, spaces as written)."""
    sizes: set[str] = set()
    for count, node in enumerate(ast.walk(sf.tree)):
        if count >= MAX_NODES:
            break
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Sub)
            and isinstance(node.right, ast.Constant)
            and node.right.value == 1
            and isinstance(node.left, ast.BinOp)
            and isinstance(node.left.op, ast.Sub)
            and not isinstance(node.left.left, ast.Constant)
        ):
            sizes.add(ast.dump(node.left.left))
    return sizes


def flip_completed(sp: Splicer, line: int, nodes: list[ast.AST]) -> list[Rewrite]:
    """`size - y` -> `size - y - 1` where the file writes `size - x - 1` elsewhere."""
    candidates = [
        node
        for node in nodes
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Sub)
        and not isinstance(node.left, ast.Constant)
        and not isinstance(node.right, ast.Constant)
        and sp.sf.on_one_line(node)
    ]
    if not candidates:
        return []
    sizes = _FLIPS.get(sp.sf, _flipped_sizes)
    found = []
    for node in candidates:
        parent = sp.sf.parent(node)
        if isinstance(parent, ast.BinOp) and parent.left is node and isinstance(parent.op, ast.Add | ast.Sub):
            continue  # already followed by a step (`size - y - 1`, `size - y + k`)
        if ast.dump(node.left) not in sizes:
            continue
        start, end = sp.span(node)
        text = sp.sf.text[start:end]
        description = f"flip with the minus one the file uses elsewhere: {shorten(text, 40)} - 1"
        found.append(Rewrite(line, ((end, end, " - 1"),), description, FLIP_PRIOR, "index"))
    return found
