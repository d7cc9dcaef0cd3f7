"""TypeErrors whose value was made in another place than where it is raised: edits at the making sites
of shapes the walk (type_provenance.py) reaches but had no edit for (round 46, pytypes20).

Each edit follows from how Python behaves, never from one project's text:
- **A class that defines `__eq__` loses its hash** (`hash_restorations`): the data model sets `__hash__`
  to None in a class whose body defines `__eq__` and not `__hash__`, so its instances raise
  "unhashable type: 'C'" wherever they become a dict key or a set member, far from the class. The
  edit restores the hash the class had before, `__hash__ = Base.__hash__` (the first base's, when the
  repository defines it there; `object.__hash__` otherwise), beside the `__eq__`.
- **The container of `in` is a making site of either kind** (`membership_containers`): `'a' in b'..'`
  raises "a bytes-like object is required, not 'str'", naming the element's kind as the wanted one,
  while the container may be the one made wrong (a class-level alphabet written as bytes); its
  literal origins are re-spelled in both directions.
- **An array-like's sibling attribute** (`sibling_attribute_edits`): numpy's (and the array API's)
  `.size` and `.ndim` are ints, `.shape` a tuple; an int refused where a tuple is indexed or iterated
  is `.shape` read as `.size`/`.ndim`, and a tuple refused where a number is wanted the reverse.
- **A sized value where a number is wanted** (`length_edits`): "unsupported operand type(s) for -:
  'str' and 'int'" or "'str' object cannot be interpreted as an integer" at a value made as a str,
  list, tuple, dict or bytes: its `len()` where it was made (an alphabet passed for its base).
  When the sized value is TEXT meeting a number (`'str'` and `'int'`), the text is far more often a
  number kept as text (a parsed option, a split field, a rule's argument) than a string whose length
  is wanted (round 54, pylen54: 12 of the 17 dev keys of that pair are a conversion, 5 a length): the
  length is offered only when the text is evidently sized (`text_evidently_sized`: the scope measures
  it elsewhere, indexes or iterates it, builds it from text, checks it as a collection, or names it as
  text), and never for an argparse option's attribute (`parsed_option`), whose value the parser makes.
- **An f-string where an integer is wanted** (`formatted_numbers`): "list indices must be integers
  or slices, not str" at a value made by an f-string of one formatted field: the field's expression
  itself, and its non-constant operand when it adds a constant (a 1-based display name `x{i + 1}`
  built where the index `i` was meant).
Every step reads a bounded part of the source: at most MAX_CLASSES classes, MAX_CONTAINERS containers.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, function_at, shorten

MAX_CLASSES = 2000  # class definitions read while looking for an unhashable class
MAX_CONTAINERS = 8
PRIOR_HASH = 0.85
PRIOR_SIBLING = 0.75
PRIOR_LENGTH = 0.5
PRIOR_FORMATTED = 0.85  # an f-string is a str, the kind the message refused: as PRIOR_TYPED

UNHASHABLE = re.compile(r"unhashable type: '([A-Za-z_]\w*)'")
BUILTIN_UNHASHABLE = frozenset({"list", "dict", "set", "bytearray", "slice"})
# numpy's ndarray (and the array API): `size` and `ndim` are ints, `shape` a tuple of ints
ARRAY_INTS = ("size", "ndim")
ARRAY_TUPLES = ("shape",)
INT_REFUSED = re.compile(
    r"'int' object is not (subscriptable|iterable)|object of type 'int' has no len\(\)"
    r"|cannot unpack non-iterable int object"
)
TUPLE_REFUSED = re.compile(
    r"'tuple' object cannot be interpreted as an integer|unsupported operand type\(s\) for [^:]+: "
    r"('tuple' and '(int|float)'|'(int|float)' and 'tuple')|'[<>]=?' not supported between instances of "
    r"('tuple' and '(int|float)'|'(int|float)' and 'tuple')"
)
SIZED = "str|list|tuple|dict|bytes|set"
SIZED_REFUSED = re.compile(
    rf"unsupported operand type\(s\) for [^:]+: '({SIZED})' and '(int|float)'"
    rf"|unsupported operand type\(s\) for [^:]+: '(int|float)' and '({SIZED})'"
    rf"|'({SIZED})' object cannot be interpreted as an integer"
    rf"|'[<>]=?' not supported between instances of '({SIZED})' and '(int|float)'"
    rf"|'[<>]=?' not supported between instances of '(int|float)' and '({SIZED})'"
)
# words of an identifier that name a text whose size is meant (`base_alphabet`, `line`, `label_text`)
TEXT_WORDS = frozenset(
    {
        "text",
        "txt",
        "name",
        "label",
        "line",
        "word",
        "alphabet",
        "chars",
        "char",
        "letters",
        "string",
        "prefix",
    }
    | {"suffix", "title", "message", "msg", "sentence", "span", "content", "body", "sep", "separator"}
)
TEXT_BUILDERS = (
    "join",
    "format",
    "lower",
    "upper",
    "title",
    "capitalize",
    "replace",
    "ljust",
    "rjust",
    "center",
)
COLLECTIONS = frozenset({"list", "tuple", "dict", "set", "frozenset", "bytes", "bytearray"})
STR_INDEX = re.compile(r"(list|tuple) indices must be integers or slices, not str")


def _defines(cls: ast.ClassDef, name: str) -> ast.AST | None:
    """The statement of the class body that defines `name` (a def or an assignment), or None."""
    for item in cls.body:
        if isinstance(item, FUNCTIONS) and item.name == name:
            return item
        if isinstance(item, (ast.Assign, ast.AnnAssign)):
            targets = item.targets if isinstance(item, ast.Assign) else [item.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return item
    return None


def hash_restorations(files: Iterable[SourceFile], messages: list[str]) -> list[tuple[str, Edit]]:
    """(file, edit): `__hash__ = Base.__hash__` beside the `__eq__` of each class the message names as
    unhashable that defines `__eq__` and no `__hash__` in its own body."""
    wanted = set(UNHASHABLE.findall(" ".join(messages))) - BUILTIN_UNHASHABLE
    if not wanted:
        return []
    classes: dict[str, list[tuple[SourceFile, ast.ClassDef]]] = {}
    read = 0
    for sf in files:
        for node in ast.walk(sf.tree):
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, []).append((sf, node))
                read += 1
        if read >= MAX_CLASSES:
            break
    found: list[tuple[str, Edit]] = []
    for name in sorted(wanted):
        for sf, cls in classes.get(name, [])[:4]:
            eq = _defines(cls, "__eq__")
            if not isinstance(eq, FUNCTIONS) or _defines(cls, "__hash__") is not None:
                continue
            base = cls.bases[0].id if cls.bases and isinstance(cls.bases[0], ast.Name) else "object"
            hashed = any(_defines(other, "__hash__") is not None for _, other in classes.get(base, []))
            owner = base if base != "object" and hashed else "object"
            first = min([eq.lineno, *(d.lineno for d in eq.decorator_list)])
            before = first - 1
            if before < 1 or before > len(sf.lines):
                continue
            indent = sf.line_text(first)[: len(sf.line_text(first)) - len(sf.line_text(first).lstrip())]
            end = len(sf.line_text(before))
            description = (
                f"restore {name}'s hash, which defining __eq__ took away: __hash__ = {owner}.__hash__"
            )
            edit = Edit(
                before,
                ((end, end, f"\n{indent}__hash__ = {owner}.__hash__\n"),),
                description,
                PRIOR_HASH,
                "provenance",
                adds_line=True,
                making_site=True,
            )
            found.append((sf.path, edit))
    return found


def membership_containers(sf: SourceFile, lines: list[int]) -> list[ast.expr]:
    """The right operands of `in` / `not in` on the given lines, at most MAX_CONTAINERS."""
    found: list[ast.expr] = []
    for line in lines:
        for node in sf.nodes_touching(line):
            if not isinstance(node, ast.Compare):
                continue
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, (ast.In, ast.NotIn)) and not any(right is f for f in found):
                    found.append(right)
                    if len(found) >= MAX_CONTAINERS:
                        return found
    return found


def sibling_attribute_edits(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """`x.size` / `x.ndim` made `x.shape` when an int was refused as a sequence, `x.shape` made
    `x.size` when a tuple was refused as a number."""
    if not isinstance(value, ast.Attribute) or not sf.on_one_line(value):
        return []
    text = " ".join(messages)
    if value.attr in ARRAY_INTS and INT_REFUSED.search(text):
        others = ARRAY_TUPLES
    elif value.attr in ARRAY_TUPLES and TUPLE_REFUSED.search(text):
        others = ARRAY_INTS[:1]
    else:
        return []
    (line, _), (_, end) = sf.start(value), sf.end(value)
    start = end - len(value.attr)
    if sf.line_text(line)[start:end] != value.attr:
        return []
    receiver = shorten(sf.segment(value.value))
    return [
        Edit(
            line,
            ((start, end, other),),
            f"read {receiver}.{other} where the value is made, not {receiver}.{value.attr}",
            PRIOR_SIBLING,
            "provenance",
        )
        for other in others
    ]


def length_edits(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """`len(x)` for a name, attribute or item `x` made where a number is wanted of a sized value."""
    if not SIZED_REFUSED.search(" ".join(messages)):
        return []
    if not isinstance(value, (ast.Name, ast.Attribute, ast.Subscript)) or not sf.on_one_line(value):
        return []
    if isinstance(value, ast.Name) and value.id in ("self", "cls", "len"):
        return []
    parent = sf.parent(value)
    if isinstance(parent, ast.Call) and (parent.func is value or getattr(parent.func, "id", "") == "len"):
        return []
    if isinstance(parent, ast.Attribute) or not isinstance(getattr(value, "ctx", None), ast.Load):
        return []
    # text meeting a number: a number kept as text unless the text is evidently sized; an argparse
    # option is made by the parser (its `type=`), never measured where it is read
    if sized_kinds(messages) == {"str"} and (parsed_option(sf, value) or not text_evidently_sized(sf, value)):
        return []
    (line, start), (_, end) = sf.start(value), sf.end(value)
    old = sf.line_text(line)[start:end]
    return [
        Edit(
            line,
            ((start, end, f"len({old})"),),
            f"pass the length where the value is made: len({shorten(old)}), not {shorten(old)} itself",
            PRIOR_LENGTH,
            "provenance",
        )
    ]


def sized_kinds(messages: list[str]) -> set[str]:
    """The sized kinds the messages refuse where a number is wanted (`{'str'}` for "'str' and 'int'")."""
    kinds = set(SIZED.split("|"))
    return {
        group
        for match in SIZED_REFUSED.finditer(" ".join(messages))
        for group in match.groups()
        if group in kinds
    }


def parsed_option(sf: SourceFile, value: ast.expr) -> bool:
    """`args.seconds` where this file declares `add_argument("seconds", ...)`: the parser's value."""
    if not isinstance(value, ast.Attribute):
        return False
    for node in ast.walk(sf.tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != "add_argument":
            continue
        dests = [
            k.value.value for k in node.keywords if k.arg == "dest" and isinstance(k.value, ast.Constant)
        ]
        flags = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        dests += [flag.lstrip("-").replace("-", "_") for flag in flags]
        if value.attr in dests:
            return True
    return False


def text_evidently_sized(sf: SourceFile, value: ast.expr) -> bool:
    """Whether the text `value` is one whose size is meant, not a number kept as text.

    Read in the value's own function (the module at top level): the scope already measures it
    (`len(current)` beside the call passing `current`), indexes, slices or iterates it, builds it
    from text (an f-string, `%`-formatting or `+` with a non-numeric literal, `.join`, `.format`, a
    case change, a literal with letters), checks it as a collection (`isinstance(v, (str, list))`),
    or names it as text (`base_alphabet`, `line`, `label`)."""
    if single_character(sf, value):
        # `for char in value: ... char < 32`: one character has no size worth comparing; its
        # code point is meant (round 56: `len(char) < 32` escaped every character).
        return False
    if any(word in TEXT_WORDS for word in _identifier_words(value)):
        return True
    if not isinstance(value, (ast.Name, ast.Attribute, ast.Subscript)):
        return False
    lineno = getattr(value, "lineno", 0)
    scope: ast.AST = function_at(sf, lineno) or sf.tree
    shape = ast.dump(value)

    def same(node: ast.AST) -> bool:
        if type(node) is not type(value):
            return False
        return node.id == value.id if isinstance(node, ast.Name) else ast.dump(node) == shape

    for node in ast.walk(scope):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            if node.func.id == "len" and same(node.args[0]):
                return True
            if node.func.id == "isinstance" and len(node.args) == 2 and same(node.args[0]):
                named = node.args[1].elts if isinstance(node.args[1], ast.Tuple) else [node.args[1]]
                if any(isinstance(n, ast.Name) and n.id in COLLECTIONS for n in named):
                    return True
        indexed = isinstance(node, ast.Subscript) and node is not value and same(node.value)
        if indexed or (isinstance(node, (ast.For, ast.comprehension)) and same(node.iter)):
            return True
        if (
            isinstance(node, ast.Assign)
            and isinstance(value, ast.Name)
            and any(isinstance(t, ast.Name) and t.id == value.id for t in node.targets)
            and _builds_text(node.value)
        ):
            return True
    return False


# the last word of a name that holds one character (`char`, `next_ch`, `letter`)
CHARACTER_WORDS = frozenset({"char", "ch", "c", "character", "letter", "glyph"})


def single_character(sf: SourceFile, value: ast.expr) -> bool:
    """Whether the text `value` is evidently one character: named as one (`char`, `next_ch`), passed
    to `ord()`, compared with a one-character literal, bound by iterating over a text, or bound by
    indexing one position of a text (`ch = line[i]`), all read in the value's own function."""
    if not isinstance(value, ast.Name):
        words = _identifier_words(value)
        return isinstance(value, ast.Attribute) and bool(words) and words[-1] in CHARACTER_WORDS
    words = _identifier_words(value)
    if words and words[-1] in CHARACTER_WORDS:
        return True
    if words and words[-1] in TEXT_WORDS:
        return False  # `line`, `word`, `name`: a whole text, whatever it was iterated out of
    scope: ast.AST = function_at(sf, getattr(value, "lineno", 0)) or sf.tree

    def named(node: ast.AST) -> bool:
        return isinstance(node, ast.Name) and node.id == value.id

    for node in ast.walk(scope):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "ord"
            and node.args
            and named(node.args[0])
        ):
            return True
        if isinstance(node, ast.Compare) and any(isinstance(o, (ast.Eq, ast.NotEq)) for o in node.ops):
            sides = [node.left, *node.comparators]
            if any(named(s) for s in sides) and any(_one_character(s) for s in sides):
                return True
        if (
            isinstance(node, (ast.For, ast.comprehension))
            and named(node.target)
            and _is_text(scope, node.iter)
        ):
            return True
        if (
            isinstance(node, ast.Assign)
            and any(named(t) for t in node.targets)
            and isinstance(node.value, ast.Subscript)
            and not isinstance(node.value.slice, ast.Slice)
            and _is_text(scope, node.value.value)
        ):
            return True
    return False


def _one_character(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) == 1


def _is_text(scope: ast.AST, node: ast.expr) -> bool:
    """A text literal, a parameter annotated `str`, or a value named as one text (`line`, `word`)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in TEXT_BUILDERS or node.func.attr in ("strip", "lstrip", "rstrip")
    if not isinstance(node, ast.Name):
        return False
    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
        for arg in (*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs):
            if arg.arg == node.id and arg.annotation is not None:
                return isinstance(arg.annotation, ast.Name) and arg.annotation.id == "str"
    words = _identifier_words(node)
    return bool(words) and words[-1] in TEXT_WORDS and words[-1] != "chars"


def _identifier_words(value: ast.expr) -> list[str]:
    """`self.base_alphabet` -> ["base", "alphabet"]; `labelText` -> ["label", "text"]."""
    word = value.id if isinstance(value, ast.Name) else value.attr if isinstance(value, ast.Attribute) else ""
    return [part.lower() for part in re.split(r"_|(?<=[a-z])(?=[A-Z])", word) if part]


def _numeric_text(text: str) -> bool:
    """A literal that can be (part of) a number's text: digits, signs, a point, an exponent, or a
    `%d`/`{}`-style placeholder alone (`"%d" % n` and `f"{n}"` are numbers written as text)."""
    bare = re.sub(r"%[-+ 0#]*\d*(?:\.\d+)?[a-zA-Z%]", "", text)
    return re.fullmatch(r"[\s\d.,+\-eE_]*", bare) is not None


def _builds_text(made: ast.expr) -> bool:
    """An f-string, a formatting or concatenation with non-numeric text, a text method, a worded literal."""
    if isinstance(made, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and isinstance(part.value, str) and not _numeric_text(part.value)
            for part in made.values
        )
    if isinstance(made, ast.Constant) and isinstance(made.value, str):
        return not _numeric_text(made.value)
    if isinstance(made, ast.BinOp) and isinstance(made.op, (ast.Mod, ast.Add)):
        return any(
            isinstance(side, ast.Constant) and isinstance(side.value, str) and not _numeric_text(side.value)
            for side in (made.left, made.right)
        )
    return (
        isinstance(made, ast.Call)
        and isinstance(made.func, ast.Attribute)
        and made.func.attr in TEXT_BUILDERS
    )


# expressions that bind looser than an operand, a receiver or a comparison's side
COMPOUND = (ast.BinOp, ast.BoolOp, ast.IfExp, ast.NamedExpr, ast.Compare, ast.UnaryOp, ast.Lambda, ast.Await)


def _parses_as(text: str, node: ast.expr) -> bool:
    """Whether `text` parses to `node` (ast.dump recurses: a deep expression is answered no)."""
    try:
        return ast.dump(ast.parse(f"({text})", mode="eval").body) == ast.dump(node)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False


def _stands_alone(sf: SourceFile, value: ast.expr, option: ast.expr) -> bool:
    """Whether `option` may replace `value` without parentheses: `value` is a whole expression (an
    assignment's or a return's value, an index, an argument); a walrus only as an index or argument."""
    parent = sf.parent(value)
    if isinstance(parent, ast.Subscript) and parent.slice is value:
        return True
    if isinstance(parent, ast.Call) and any(a is value for a in parent.args):
        return True
    if isinstance(option, ast.NamedExpr):
        return False
    return isinstance(parent, ast.keyword) or (
        isinstance(parent, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Return)) and parent.value is value
    )


def formatted_numbers(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """An f-string of one formatted field made where an integer index is wanted: the field's
    expression, and its non-constant operand when it adds or subtracts a constant."""
    if not STR_INDEX.search(" ".join(messages)) or not isinstance(value, ast.JoinedStr):
        return []
    fields = [v for v in value.values if isinstance(v, ast.FormattedValue)]
    if len(fields) != 1 or not sf.on_one_line(value):
        return []
    inner = fields[0].value
    options = [inner]
    # `x{i + 1}`: a 1-based display of the 0-based index `i`, which is the number an index wants
    if (
        isinstance(inner, ast.BinOp)
        and isinstance(inner.op, (ast.Add, ast.Sub))
        and isinstance(inner.right, ast.Constant)
        and isinstance(inner.right.value, int)
    ):
        options.insert(0, inner.left)
    (line, start), (_, end) = sf.start(value), sf.end(value)
    edits: list[Edit] = []
    for option in options:
        if not sf.on_one_line(option) or isinstance(option, ast.Tuple):
            continue  # (a tuple is no index; Python 3.11 also places a bare tuple field on its brace)
        new = sf.segment(option)
        if not _parses_as(new, option):
            continue  # the field's text is not where the parser placed it
        if isinstance(option, COMPOUND) and not _stands_alone(sf, value, option):
            new = f"({new})"
        description = (
            f"keep the number where the value is made: {shorten(new)}, not the text "
            f"{shorten(sf.line_text(line)[start:end])}"
        )
        prior = PRIOR_FORMATTED if option is options[0] else PRIOR_FORMATTED * 0.8
        edits.append(Edit(line, ((start, end, new),), description, prior, "provenance"))
    return edits
