"""A name no scope binds that is another language's spelling of something JavaScript has.

`ReferenceError: Integer is not defined` (tsc: "Cannot find name 'Integer'") is no typo of a local: the
name is Java's or C#'s class, Python's built-in function or string prefix, and JavaScript spells the same
thing its own way. The edit distance to the module's names finds nothing near, so the respelling search
has no candidate; the language's own counterpart is the candidate (name_search.py tries these right after
the literal equivalents, `None` → `null`):

- A tagged template whose tag nothing binds (`f\\`${park} bandstand\\``: Python's f-string prefix, or
  `r`/`b`/`u`; a tagged template calls its tag with the parts): the template untagged, which already
  substitutes what `${...}` holds; a raw prefix (`r`, `rf`, `br`) is `String.raw` first, which keeps
  the backslashes. Any other unbound tag (`html`, `css`) is a library's function whose import is
  missing: dropping it would be a weaker program, so it gets no candidate here.
- A boxed-number class of Java or C# read with a member (`Integer.parseInt(s)`, `Double.MAX_VALUE`,
  `Long.MIN_VALUE`): the member of `Number` that means the same. Java's and C#'s parse methods read
  decimal, and `Number.parseInt` reads `0x…` as hexadecimal without its radix, so a one-argument
  `parseInt` is given radix 10 first (ESLint's `radix` rule asks for it too), then none; `parseDouble`
  is `parseFloat`, `parseLong`/`parseShort`/`parseByte` are `parseInt`, `valueOf` is `Number(...)`.
  Java's `Integer.MAX_VALUE`/`MIN_VALUE` are the largest and most negative integers, which for a
  JavaScript number are `MAX_SAFE_INTEGER`/`MIN_SAFE_INTEGER` (`Number.MIN_VALUE` is the smallest
  positive double, what Java's `Double.MIN_VALUE` is).
- Python's built-in functions called bare: `len(x)` → `x.length`, `str(x)` → `String(x)`, `int(x)` →
  `Number.parseInt(x, 10)` then `Math.trunc(x)`, `float(x)` → `Number.parseFloat(x)`, `print(...)` →
  `console.log(...)`, `abs`, `round`, `pow`, `min`, `max` → `Math.*`.

- Python's standard module imported as a package (`import { min } from 'math'`): the global object
  that holds the same functions, destructured (`const { min } = Math;`); `json` is `JSON`.

Names a proposal or a platform defines (`Temporal`) have no counterpart one edit away and get none.
"""

from __future__ import annotations

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse

BOXED_NUMBERS = frozenset(
    {"Integer", "Long", "Short", "Byte", "Double", "Float", "Decimal", "Int32", "Int64"}
)
INTEGERS = frozenset({"Integer", "Long", "Short", "Byte", "Int32", "Int64"})
NUMBER_MEMBERS = frozenset(
    {"parseInt", "parseFloat", "isInteger", "isFinite", "isNaN", "isSafeInteger", "MAX_VALUE", "MIN_VALUE",
     "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "EPSILON", "POSITIVE_INFINITY", "NEGATIVE_INFINITY", "NaN"}
)  # fmt: skip
RENAMED_MEMBERS = {"parseDouble": "parseFloat", "parseLong": "parseInt", "parseShort": "parseInt",
                   "parseByte": "parseInt", "Parse": "parseFloat", "TryParse": "parseFloat"}  # fmt: skip
# Java's integer bounds are the extreme integers, JavaScript's MIN_VALUE the smallest positive double.
INTEGER_BOUNDS = {"MAX_VALUE": "MAX_SAFE_INTEGER", "MIN_VALUE": "MIN_SAFE_INTEGER"}
# Python's string prefixes (2.4.1 String and Bytes literals), which a template tag position reads.
STRING_PREFIXES = frozenset({"f", "r", "b", "u", "fr", "rf", "br", "rb"})
PYTHON_MATH = frozenset({"abs", "round", "pow", "min", "max"})


def foreign_candidates(
    path: str, data: bytes, uses: list[tree_sitter.Node], *, name: str, line: int
) -> list[Candidate]:
    """Each counterpart applied at every one of `uses` (the unresolved uses of `name` on the line)."""
    found: list[Candidate] = []
    for rewrite, description in _rewrites(name):
        new = {}
        for use in uses:
            edit = rewrite(use)
            if edit is None:
                break
            node, text = edit
            new[node] = text
        else:
            if new:
                found.append(Candidate(path, replace_nodes(data, new), line, description, lookalike=True))
    return found


def _rewrites(name: str):
    # Only Python's string prefixes read as "no tag": another unbound tag (`html`, `css`, `gql`) is a
    # library's function whose import is missing, and the untagged string is a weaker program.
    if name.lower() in STRING_PREFIXES:
        if "r" in name.lower():
            # A raw string keeps its backslashes: String.raw does, an untagged template does not.
            yield (
                (lambda use: _untagged(use, tag="String.raw")),
                f"write Python's raw prefix '{name}' as String.raw, which keeps the backslashes",
            )
        yield (
            _untagged,
            f"drop the tag '{name}': no function of that name exists, the template alone is the string",
        )
    if name in BOXED_NUMBERS:
        yield (lambda use: _boxed(use, name, radix=True)), f"write JavaScript's Number for {name}"
        yield (lambda use: _boxed(use, name, radix=False)), f"write JavaScript's Number for {name}"
    if name == "len":
        yield _length, "read the length property for Python's len()"
    for function, replacement in (("str", "String"), ("float", "Number.parseFloat"), ("print", "console.log"),
                                  ("int", "Number.parseInt"), ("int", "Math.trunc")):  # fmt: skip
        if name == function:
            yield (
                (lambda use, r=replacement: _called_as(use, r)),
                f"call JavaScript's {replacement} for Python's {name}()",
            )
    if name in PYTHON_MATH:
        yield (lambda use: _called_as(use, f"Math.{name}")), f"call Math.{name} for Python's {name}()"


def _arguments(call: tree_sitter.Node) -> list[tree_sitter.Node] | None:
    arguments = call.child_by_field_name("arguments")
    if arguments is None or arguments.type != "arguments":
        return None
    return list(arguments.named_children)


def _untagged(use: tree_sitter.Node, tag: str = ""):
    call = use.parent
    if call is None or call.type != "call_expression" or call.child_by_field_name("function") != use:
        return None
    template = call.child_by_field_name("arguments")
    if template is None or template.type != "template_string":
        return None
    return call, tag + node_text(template)


def _boxed(use: tree_sitter.Node, name: str, *, radix: bool):
    member = use.parent
    if member is None or member.type != "member_expression" or member.child_by_field_name("object") != use:
        return None
    field = member.child_by_field_name("property")
    if field is None:
        return None
    wanted = node_text(field)
    call = member.parent if member.parent is not None and member.parent.type == "call_expression" else None
    if wanted == "valueOf" and call is not None:
        arguments = _arguments(call)
        if arguments is None or len(arguments) != 1:
            return None
        return call, f"Number({node_text(arguments[0])})"
    if name in INTEGERS and wanted in INTEGER_BOUNDS:
        wanted = INTEGER_BOUNDS[wanted]
    wanted = RENAMED_MEMBERS.get(wanted, wanted)
    if wanted not in NUMBER_MEMBERS:
        return None
    if wanted == "parseInt" and call is not None and call.child_by_field_name("function") == member:
        arguments = _arguments(call)
        if arguments is None or not arguments:
            return None
        if radix and len(arguments) == 1:
            return call, f"Number.parseInt({node_text(arguments[0])}, 10)"
    return member, f"Number.{wanted}"


def _call_of(use: tree_sitter.Node) -> tuple[tree_sitter.Node, list[tree_sitter.Node]] | None:
    call = use.parent
    if call is None or call.type != "call_expression" or call.child_by_field_name("function") != use:
        return None
    arguments = _arguments(call)
    return (call, arguments) if arguments is not None else None


def _length(use: tree_sitter.Node):
    called = _call_of(use)
    if called is None or len(called[1]) != 1:
        return None
    call, (argument,) = called
    text = node_text(argument)
    if argument.type not in (
        "identifier",
        "member_expression",
        "call_expression",
        "subscript_expression",
        "this",
    ):
        text = f"({text})"
    return call, f"{text}.length"


def _called_as(use: tree_sitter.Node, replacement: str):
    called = _call_of(use)
    if called is None or not called[1]:
        return None
    call, arguments = called
    written = ", ".join(node_text(a) for a in arguments)
    if replacement == "Number.parseInt" and len(arguments) == 1:
        written += ", 10"
    return call, f"{replacement}({written})"


# Python's standard modules whose functions JavaScript keeps on a global object (`from math import
# floor` written as `import { floor } from 'math'`: no such package exists on npm's side of the code).
PYTHON_MODULES = {"math": "Math", "json": "JSON"}


def foreign_module_candidates(text: str, path: str, *, specifier: str, line: int) -> list[Candidate]:
    """`import { min } from 'math'` → `const { min } = Math;` (a namespace or default import binds the
    object itself): the global that holds what the other language's module does."""
    owner = PYTHON_MODULES.get(specifier)
    tree = parse(text, path) if owner else None
    if tree is None:
        return []
    data = encode(text)
    found = []
    for statement in tree.root_node.named_children:
        source = statement.child_by_field_name("source") if statement.type == "import_statement" else None
        if source is None or node_text(source)[1:-1] != specifier:
            continue
        clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
        if clause is None:
            continue
        declarations = []
        for part in clause.named_children:
            if part.type == "named_imports":
                names = []
                for item in part.named_children:
                    name, alias = item.child_by_field_name("name"), item.child_by_field_name("alias")
                    if item.type != "import_specifier" or name is None:
                        continue
                    names.append(node_text(name) + (f": {node_text(alias)}" if alias is not None else ""))
                declarations.append(f"const {{ {', '.join(names)} }} = {owner};")
            elif part.type == "namespace_import" and part.named_children:
                declarations.append(f"const {node_text(part.named_children[-1])} = {owner};")
            elif part.type == "identifier":
                declarations.append(f"const {node_text(part)} = {owner};")
        if declarations:
            new = replace_span(data, statement.start_byte, statement.end_byte, " ".join(declarations))
            found.append(
                Candidate(path, new, line, f"read from the global {owner}: '{specifier}' is Python's module")
            )
    return parsing(found, original=text, path=path)
