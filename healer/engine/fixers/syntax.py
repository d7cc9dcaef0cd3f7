"""SYNTAX: edit templates chosen from CPython's message, placed near the reported line.

The compiler says what it expected and where (line, offset, end offset). Each
template turns that into a few concrete edits (add the colon, close the
bracket, `=` -> `==`, close the string, add the comma...). Candidates that do
not compile on the host are dropped here; the repair loop validates the rest in
the sandbox. When the message is not recognised, a small generic set of
one-token insertions at the end of the reported line is tried instead.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import io
import itertools
import keyword
import re
import tokenize
from collections.abc import Iterator

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.compiled import compile_checked, indent_width
from healer.engine.fixers.syntax_calls import Signature, call_argument_repairs, parameters_of
from healer.engine.fixers.syntax_calls import matches as call_grammar_error
from healer.engine.fixers.syntax_escapes import escape_repairs
from healer.engine.fixers.syntax_escapes import matches as escape_error
from healer.engine.fixers.syntax_expected import foreign_arrow
from healer.engine.fixers.syntax_foreign import bitwise_of_conditions, foreign_repairs
from healer.engine.fixers.syntax_keyword_names import (
    keyword_name_repairs,
    no_effect_statement,
    unbinds_a_read_name,
)
from healer.engine.fixers.syntax_lexical import identity_literal_repairs, python2_repairs, requoted_strings
from healer.engine.fixers.syntax_meaning import changes_meaning, dotted_number_repairs
from healer.engine.fixers.syntax_parameters import matches as parameter_order_error
from healer.engine.fixers.syntax_parameters import parameter_repairs, var_keyword_last_repairs
from healer.engine.fixers.syntax_scopes import (
    async_scope_repairs,
    handlerless_try_repairs,
    keyword_colon_repairs,
    walrus_statement_repairs,
)
from healer.engine.fixers.syntax_shadowing import shadows_a_builtin
from healer.engine.fixers.syntax_ternary import c_ternary_repairs
from healer.engine.fixers.syntax_tokenizer import lost_bindings, tokenizer_repairs
from healer.engine.fixers.syntax_tuple_params import MESSAGE as TUPLE_PARAMETERS
from healer.engine.fixers.syntax_tuple_params import tuple_parameter_repairs
from healer.engine.localise import compile_error
from healer.engine.pyindex import parse, parse_around_errors
from healer.engine.types import BugType, Failure

OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSER_NAMES = {")": "parenthesis", "]": "bracket", "}": "brace"}
COMPOUND = re.compile(
    r"^\s*(async\s+)?(if|elif|else|for|while|def|class|try|except|finally|with|match|case)\b"
)
COMPOUND_KEYWORDS = frozenset({"if", "elif", "while", "for", "with", "match", "case", "except"})
MAX_SCAN_LINES = 40
CONSTANT_OPERAND = re.compile(r"""\s*(?:None|True|False|-?\d[\w.]*|'[^']*'|"[^"]*")\s*(?:[:),]|$)""")
MAX_LATE_REQUOTES = 4


def _split_comment(line: str) -> tuple[str, str]:
    """(code, trailing comment + whitespace) of one physical line, using the tokenizer when it can."""
    body = line.rstrip("\r\n")
    try:
        for token in tokenize.generate_tokens(io.StringIO(body + "\n").readline):
            if token.type == tokenize.COMMENT:
                code = body[: token.start[1]]
                return code.rstrip(), body[len(code.rstrip()) :]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    code = body.rstrip()
    return code, body[len(code) :]


class _Lines:
    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = source.splitlines(keepends=True)

    def get(self, number: int) -> str:
        return self.lines[number - 1] if 1 <= number <= len(self.lines) else ""

    def replace(self, number: int, new_line: str) -> str | None:
        if not 1 <= number <= len(self.lines):
            return None
        old = self.lines[number - 1]
        ending = old[len(old.rstrip("\r\n")) :]
        return "".join(self.lines[: number - 1]) + new_line + ending + "".join(self.lines[number:])

    def insert_at_end(self, number: int, text: str) -> str | None:
        """Insert `text` after the code of line `number` (before a trailing comment)."""
        line = self.get(number)
        if not line:
            return None
        code, rest = _split_comment(line)
        if not code.strip():
            return None
        return self.replace(number, code + text + rest)

    def insert_at(self, number: int, column: int, text: str) -> str | None:
        line = self.get(number).rstrip("\r\n")
        if not line or not 0 <= column <= len(line):
            return None
        return self.replace(number, line[:column] + text + line[column:])


def _statement_end(lines: _Lines, start: int) -> int:
    """Last line of the statement that starts at `start`: up to the next line indented as much or less."""
    first = lines.get(start)
    indent = len(first) - len(first.lstrip())
    last = start
    for number in range(start + 1, min(len(lines.lines), start + MAX_SCAN_LINES) + 1):
        text = lines.get(number)
        if not text.strip():
            continue
        if len(text) - len(text.lstrip()) <= indent:
            if len(text) - len(text.lstrip()) == indent and text.lstrip()[:1] in (")", "]", "}"):
                last = number  # a closing bracket on its own line, under the statement's start (PEP 8)
            break
        last = number
    return last


def _header_end(lines: _Lines, start: int) -> int | None:
    """The line whose code ends a compound statement's header (its `:`) when `start` opens one."""
    if not COMPOUND.match(lines.get(start)):
        return None
    for number in range(start, min(len(lines.lines), start + MAX_SCAN_LINES) + 1):
        code = _split_comment(lines.get(number))[0]
        if code.endswith(":"):
            return number
        if number > start and COMPOUND.match(code):
            return None  # the body began without a header colon: no colon to close before
    return None


def _insert_before_colon(lines: _Lines, number: int, text: str) -> str | None:
    """Insert `text` before the colon that ends line `number`'s code, else at the end of its code."""
    code, _ = _split_comment(lines.get(number))
    if not code.endswith(":"):
        return lines.insert_at_end(number, text)
    return lines.insert_at(number, len(code) - 1, text)


def _token_ends(line: str, start: int) -> list[int]:
    """Columns just after each token that begins at or after `start` on a line."""
    ends = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(line + "\n").readline):
            if token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER):
                continue
            if token.start[0] == 1 and token.start[1] >= start:
                ends.append(token.end[1])
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return ends


MAX_SIGNATURE_FILES = 400
MAX_RANGE_LINES = 5


def _signature_reader(ctx: RepairContext, *, file: str, source: str) -> Signature:
    """The callee's parameters by name: its definition in the failing file first, else the repository's."""

    def signature(name: str, attribute: bool) -> list[str] | None:
        own = parse_around_errors(source)
        if own is not None and (found := parameters_of([own], name, attribute)) is not None:
            return found
        trees: list[ast.Module] = []
        for other in ctx.source_files[:MAX_SIGNATURE_FILES]:
            if other == file or not other.endswith(".py"):
                continue
            try:
                text = ctx.source(other)
            except (OSError, UnicodeDecodeError):
                continue
            if f"def {name}" in text or f"class {name}" in text:
                tree = parse(text)
                if tree is not None:
                    trees.append(tree)
        return parameters_of(trees, name, attribute) if trees else None

    return signature


def _callee(line: str, column: int) -> str:
    match = re.search(r"([A-Za-z_][\w]*)\s*$", line[:column])
    return match.group(1) if match else ""


OUTSIDE_ITS_BLOCK = re.compile(
    r"'(?:return|yield|yield from|await|break|continue)' (?:outside (?:async )?function|outside loop"
    r"|not properly in loop)"
)
MAX_BLOCK_LOOKBACK = 40


MAX_ARROWS = 16


def arrow_function_repairs(lines: _Lines, line: int) -> Iterator[tuple[str | None, str]]:
    """`f((node) => node.name == x)`: another language's arrow function (JavaScript, TypeScript),
    written as Python's `lambda node: node.name == x` (syntax_expected.foreign_arrow). `=>` is never
    Python outside a string, and the token edits that make the line compile without it (`=`
    deleted, `>=`) leave the arrow's parameters unbound where its body reads them: first."""
    body = lines.get(line).rstrip("\r\n")
    if "=>" not in body:
        return
    # Every arrow of the line first (`xs.filter(x => x.ok).map(x => x.id)`): one rewritten alone
    # leaves the other, and the file's first error on the same line. Each rewrite takes one `=>`
    # off the line, so this ends (a bounded number of times: a minified line may hold thousands).
    whole, count = body, 0
    while count < MAX_ARROWS and (rewrite := next(foreign_arrow(whole, line_tokens(whole), None), None)):
        whole, count = rewrite[0], count + 1
    if count > 1:
        yield lines.replace(line, whole), f"write the line's {count} arrow functions as Python lambdas"
    for new_line, description, _ in foreign_arrow(body, line_tokens(body), None):
        yield lines.replace(line, new_line), description


def rejoined_block_repairs(lines: _Lines, line: int) -> Iterator[tuple[str | None, str]]:
    """`return data` at column 0 below a function's last line: the statement is indented back to a
    level the code just above it has open, shallowest first (a function's body before the `if`
    inside it), with the lines nested under it moved alike. The compiler then says which level is
    inside the function or loop the statement needs; each candidate keeps every token."""
    text = lines.get(line)
    width = indent_width(text)
    above = [lines.get(n) for n in range(line - 1, max(0, line - 1 - MAX_BLOCK_LOOKBACK), -1)]
    code = [t for t in above if t.strip() and not t.lstrip().startswith("#")]
    if not code:
        return
    deepest = indent_width(code[0])
    levels = sorted({indent_width(t) for t in code if width < indent_width(t) <= deepest})
    block_end = line
    while block_end < len(lines.lines) and (
        not lines.get(block_end + 1).strip() or indent_width(lines.get(block_end + 1)) > width
    ):
        block_end += 1
    while block_end > line and not lines.get(block_end).strip():
        block_end -= 1
    keyword_ = text.split()[0] if text.split() else ""
    for level in levels:
        out = list(lines.lines)
        for number in range(line, block_end + 1):
            row = out[number - 1]
            if row.strip():
                out[number - 1] = " " * (indent_width(row) - width + level) + row.lstrip(" \t")
        yield "".join(out), f"indent `{keyword_}` back into the block above it ({level} spaces)"


class SyntaxFixer:
    bug_types = frozenset({BugType.SYNTAX})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if ctx.is_test_file(failure.file):
            return []
        source = ctx.source(failure.file)
        lines = _Lines(source)
        message = str(failure.extra.get("msg") or failure.message)
        offset = failure.extra.get("offset")
        column = offset - 1 if isinstance(offset, int) and offset > 0 else None
        edits = self._edits(lines, failure.line, column, message, failure)
        if call_grammar_error(message):
            # The call grammar's own faults: their repairs first, then the generic token edits.
            signature = _signature_reader(ctx, file=failure.file, source=source)
            calls = call_argument_repairs(
                source=source, line=failure.line, column=column, message=message, signature=signature
            )
            edits = itertools.chain(calls, edits)
        if escape_error(message):
            # A malformed escape is a lexical fault of one literal: its repairs come first.
            edits = itertools.chain(escape_repairs(source=source, line=failure.line), edits)
        if OUTSIDE_ITS_BLOCK.search(message):
            # A statement that belongs to the block above, dedented out of it: put back, it keeps
            # what it does; deleting it (the token search's first idea) loses the function's result.
            edits = itertools.chain(rejoined_block_repairs(lines, failure.line), edits)
        # Scope rules first (syntax_scopes.py): an await in a plain function gets its `async`
        # back, a walrus standing as a statement becomes `=`; each keeps every token's meaning,
        # where the token edits below only make the line parse.
        edits = itertools.chain(
            # Tokenizer errors and closed-set names (syntax_tokenizer.py) first: each is gated on
            # its own message, and without a token stream the families below have nothing to edit.
            # A keyword standing as the name a statement binds (`lambda = 2.45`): renamed, the
            # statement still binds (syntax_keyword_names.py, round 52); before the token edits,
            # which make it parse as something else.
            keyword_name_repairs(source=source, line=failure.line),
            tokenizer_repairs(source=source, line=failure.line, message=message),
            # Another language's spelling of what Python has (`||`, `// text`, `fb'..'`, a keyword
            # as a parameter's name): written as Python's, every name kept (syntax_foreign.py).
            foreign_repairs(source, failure.line, message),
            # C's conditional `cond ? a : b` as `a if cond else b` (syntax_ternary, round 53).
            c_ternary_repairs(source, failure.line),
            # A dotted version written as a number (`0.9.1`): quoted, every character kept; the
            # comma the token edits insert makes a tuple (syntax_meaning, round 49).
            dotted_number_repairs(source, failure.line),
            arrow_function_repairs(lines, failure.line),
            async_scope_repairs(source=source, line=failure.line, message=message),
            walrus_statement_repairs(source=source, line=failure.line, message=message),
            handlerless_try_repairs(source=source, line=failure.line, message=message),
            keyword_colon_repairs(source=source, line=failure.line, message=message),
            var_keyword_last_repairs(source=source, line=failure.line, message=message),
            edits,
        )
        found = [
            candidate
            for candidate in compile_checked(
                failure=failure,
                source=source,
                edits=edits,
                bug_type=BugType.SYNTAX,
                at_change=True,
            )
            # C's `||` as a bitwise `|` between comparisons compiles and means another program.
            if not bitwise_of_conditions(source, candidate.new_source, failure.line)
            # A binding made a statement with no effect while a later line reads the name it bound
            # (round 52): the NameError (or a stale value) it leaves is no fix of this error.
            and not unbinds_a_read_name(source, candidate.new_source)
            # A new binding of a builtin the file reads elsewhere (`except KeyError as Exception`)
            # shadows it: another program, not a spelling repair (syntax_shadowing, round 53).
            and not shadows_a_builtin(source, candidate.new_source)
        ]
        return keeping_bindings_first(source, found)

    # -- templates ---------------------------------------------------------------
    def _edits(
        self, lines: _Lines, line: int, column: int | None, message: str, failure: Failure
    ) -> Iterator[tuple[str | None, str]]:
        text = lines.get(line)
        lowered = message.lower()

        if parameter_order_error(message):
            yield from parameter_repairs(source=lines.source, line=line, column=column)

        # Python 2 tuple parameters (PEP 3113); a nested one is only "invalid syntax".
        if TUPLE_PARAMETERS in lowered or "invalid syntax" in lowered:
            yield from tuple_parameter_repairs(source=lines.source, line=line, column=column)

        # Any message: Python 2 constructs on the line (lib2to3's rewrites), and a string a quote
        # inside its text split in two (the unterminated quote then closes the intended literal).
        row = text.rstrip("\r\n")
        for new_line, description in python2_repairs(row, source=lines.source, line=line):
            yield lines.replace(line, new_line), description
        # A range that ends on a later line (`"a"\n ur"b"`: "Perhaps you forgot a comma?" from the
        # first literal to the second) may hold the Python 2 construct on its last line.
        end_line = failure.extra.get("end_line")
        if isinstance(end_line, int) and line < end_line <= line + MAX_RANGE_LINES:
            for number in range(line + 1, end_line + 1):
                for new_line, description in python2_repairs(
                    lines.get(number).rstrip("\r\n"), source=lines.source, line=number
                ):
                    yield lines.replace(number, new_line), description
        for new_line, description in identity_literal_repairs(row, message):
            yield lines.replace(line, new_line), description
        if "unterminated string literal" in lowered or "invalid syntax" in lowered:
            unterminated = column if "unterminated string literal" in lowered else None
            for new_line, description in requoted_strings(
                row, unterminated=unterminated, plausible_only=True
            ):
                yield lines.replace(line, new_line), description

        never_closed = re.search(r"'([(\[{])' was never closed", message)
        if never_closed:
            opener = never_closed.group(1)
            closer = OPENERS[opener]
            kind = CLOSER_NAMES[closer]
            callee = _callee(text, column) if opener == "(" and column is not None else ""
            described = callee and not keyword.iskeyword(callee)
            description = f"close the {kind} of the {callee} call" if described else f"close the {kind}"
            header = _header_end(lines, line)
            if header is not None:
                # A compound statement's header (`if (a or\n b:`): the bracket closes before its
                # colon, on the line that ends the header, else on a line in between; never in
                # the body, where the end of "the statement" would put it.
                before_colon = f"close the {kind} before the colon"
                if callee in COMPOUND_KEYWORDS:
                    before_colon = f"close the {kind} of the {callee} condition before the colon"
                for number in [header, *range(line, header)]:
                    yield _insert_before_colon(lines, number, closer), before_colon
            end = _statement_end(lines, line)
            # The natural place first: the end of the statement, then each line in between,
            # then after each token that follows the opener on its line (`[None * n` -> `[None] * n`).
            for number in [end, *range(line, end)]:
                yield lines.insert_at_end(number, closer), description
            if column is not None:
                for spot in reversed(_token_ends(text.rstrip("\r\n"), column + 1)):
                    yield lines.insert_at(line, spot, closer), description

        mismatch = re.search(r"closing parenthesis '(.)' does not match opening parenthesis '(.)'", message)
        if mismatch and column is not None:
            wrong, opener = mismatch.group(1), mismatch.group(2)
            right = OPENERS.get(opener, "")
            row_text = text.rstrip("\r\n")
            if column < len(row_text) and row_text[column] == wrong and right:
                yield (
                    lines.replace(line, row_text[:column] + right + row_text[column + 1 :]),
                    f"close the {CLOSER_NAMES[right]} with {right} instead of {wrong}",
                )
                yield lines.insert_at(line, column, right), f"close the {CLOSER_NAMES[right]} before {wrong}"

        unmatched = re.search(r"unmatched '([)\]}])'", message)
        if unmatched and column is not None:
            row_text = text.rstrip("\r\n")
            if column < len(row_text) and row_text[column] == unmatched.group(1):
                yield (
                    lines.replace(line, row_text[:column] + row_text[column + 1 :]),
                    f"remove the unmatched {unmatched.group(1)}",
                )

        if "expected ':'" in message or (COMPOUND.match(text) and "invalid syntax" in lowered):
            yield lines.insert_at_end(line, ":"), "add the colon at the correct position"
            if column is not None:
                yield lines.insert_at(line, column, ":"), "add the colon at the correct position"

        if "expected 'else' after 'if' expression" in message and column is not None:
            end_offset = failure.extra.get("end_offset")
            end = end_offset - 1 if isinstance(end_offset, int) and end_offset > column + 1 else None
            # `(1 if i % 2 = 0 else 3)`: the parser stops at a lone `=` right after the condition
            # it read, and an else follows; the comparison is meant (r365), not a missing else.
            yield from (
                (new, "use == for the comparison instead of =")
                for new in _conditional_equals(lines, line, end)
            )
            yield from _conditional_else(lines, line, column, end)

        if re.match(r"\s*else\s+[^\s:]", text) and "expected ':'" in message:
            # `else x > 1:`: a branch with a condition of its own is an elif that lost its if.
            yield (
                lines.replace(line, re.sub(r"\belse\b", "elif", text.rstrip("\r\n"), count=1)),
                "use elif: the branch has a condition of its own",
            )

        if "f-string" in message:
            yield from _fstring_braces(lines, line)
        elif (opener := OPENING_BRACE.search(message)) is not None and 0 < int(opener.group(1)) <= line:
            # Python 3.12 tokenizes an f-string's fields: a field left open on a line above runs
            # to the call's `)` there, reported as the parenthesis that does not match the `{`.
            yield from _fstring_braces(lines, int(opener.group(1)))

        # "Maybe you meant '==' or ':='", "cannot assign to ...", and in a call's arguments
        # 'expression cannot contain assignment, perhaps you meant "=="?'.
        suggests_equals = any(hint in lowered for hint in ("meant '=='", 'meant "=="', "cannot assign to"))
        if suggests_equals:
            walruses = list(self._walruses(lines, line, column)) if "':='" in message else []
            # A name assigned in a condition and read in the lines below it was meant to be bound
            # there (`if (value = read()) == 0:` ... `append(value)`): the walrus first.
            yield from ((new, "assign inside the condition with :=") for new, read in walruses if read)
            for new, singleton in self._comparisons(lines, line, column):
                if singleton:
                    # `if node = None:`: a comparison with a singleton is an identity test (PEP 8,
                    # E711/E712): `is` first, then `==`, which the linter would flag.
                    yield singleton, "use is for the comparison with a singleton"
                yield new, "use == for the comparison instead of ="
            yield from ((new, "assign inside the condition with :=") for new, read in walruses if not read)
        elif "invalid syntax" in lowered:
            # Python 3.11 says only "invalid syntax" for `if a == b and res.index = index:` (an
            # attribute or subscript before the `=`): a lone `=` where only an expression can
            # stand was still meant as a comparison.
            for spot in _expression_equals(text.rstrip("\r\n"), column):
                yield (
                    lines.replace(line, text[:spot] + "==" + text[spot + 1 :]),
                    "use == for the comparison instead of =",
                )

        if "unterminated string literal" in lowered:
            # A backslash that escapes the quote meant to close its literal (`c != "\"`, a path
            # ending `\"`): escaped itself, the quote closes the string again and every other
            # token keeps its place (Python's string grammar: `\\` is one backslash).
            row_text = text.rstrip("\r\n")
            for spot in _swallowed_quotes(row_text):
                yield (
                    lines.replace(line, row_text[:spot] + "\\" + row_text[spot:]),
                    "escape the backslash before the quote: the quote closes the string",
                )
        if "unterminated string literal" in lowered and column is not None:
            row_text = text.rstrip("\r\n")
            match = re.match(r"[rRbBuUfF]{0,2}(['\"])", row_text[column:])
            if match:
                quote = match.group(1)
                code = _split_comment(row_text)[0] if "#" in row_text else row_text
                # `"text'`: closed with the other kind of quote, the classic slip; the last quote
                # of that kind after the opener takes the opener's kind (Python's string grammar:
                # a literal ends only at the quote that opened it).
                other = "'" if quote == '"' else '"'
                closer = row_text.rfind(other, column + len(match.group(0)))
                # Right after the opener the other quote is the content (`"'" + c`), not a closer.
                if closer > column + len(match.group(0)):
                    yield (
                        lines.replace(line, row_text[:closer] + quote + row_text[closer + 1 :]),
                        "close the string with the quote that opened it",
                    )
                # From the end of the line backwards: before closing brackets, commas, colons...
                # down to right after the opening quote (`x = '` -> `x = ''`, an empty string).
                for spot in range(len(code), column + len(match.group(0)) - 1, -1):
                    yield (
                        lines.replace(line, row_text[:spot] + quote + row_text[spot:]),
                        "close the string literal",
                    )
                # Or the quote closes a string that lost its opening one (`x = hello'`): open it
                # after each delimiter before it, nearest first; or the quote is stray.
                opened = 0
                for spot in range(column, 0, -1):
                    if opened >= 3:
                        break
                    if row_text[spot - 1] in "([{,=:" or (row_text[spot - 1] == " " and spot < column):
                        while spot < column and row_text[spot] == " ":
                            spot += 1
                        opened += 1
                        yield (
                            lines.replace(line, row_text[:spot] + quote + row_text[spot:]),
                            "open the string literal",
                        )
                yield (
                    lines.replace(line, row_text[:column] + row_text[column + 1 :]),
                    "remove the stray quote",
                )

        if "unterminated triple-quoted string" in lowered and column is not None:
            row_text = text.rstrip("\r\n")
            match = re.match(r"[rRbBuUfF]{0,2}('''|\"\"\")", row_text[column:])
            if match:
                quote = match.group(1)
                # Close it at the end of each following line in turn; compiling decides.
                for number in range(line, min(len(lines.lines), line + MAX_SCAN_LINES) + 1):
                    yield lines.insert_at_end(number, quote), "close the triple-quoted string"

        if "forgot a comma" in lowered:
            # Inside a chain of binary operations (`"| " + pad * n "|"`) the missing token is more
            # likely the chain's own operator than a comma that splits it into two arguments.
            yield from self._chain_operators(lines, failure)
            yield from ((new, "add the missing comma") for new in self._commas(lines, failure))
            # `{"a" 1}`: inside braces the missing separator may be a colon.
            yield from ((new, "add the missing colon") for new in self._commas(lines, failure, ":"))

        yield from self._keyword_typos(lines, line, column)

        if "missing parentheses in call to" in lowered:
            match = re.match(r"(\s*)(print|exec)\s+(.*?)\s*$", _split_comment(text)[0])
            if match:
                indent, name, args = match.groups()
                yield lines.replace(line, f"{indent}{name}({args})"), f"call {name} with parentheses"

        if re.search(r"\belse\s+if\b", text):
            yield (
                lines.replace(line, re.sub(r"\belse\s+if\b", "elif", text.rstrip("\r\n"), count=1)),
                ("use elif instead of else if"),
            )

        if "expected '('" in message and column is not None:
            yield lines.insert_at(line, column, "()"), "add the missing parentheses"

        # Any message: a string that ran on past its intended end, and a lost line continuation.
        yield from _short_closed_strings(lines, line)
        yield from _short_one_line_strings(lines, line)
        yield from _continuations(lines, line)

        # Any message: the smallest token edits near the error that make the code parse.
        end_offset = failure.extra.get("end_offset")
        same_line = failure.extra.get("end_line") in (None, line)
        end_column = end_offset - 1 if isinstance(end_offset, int) and end_offset > 0 and same_line else None
        yield from token_repairs(lines, line, column, end_column)
        # Any other merge of two string literals the line's quotes allow, after the token edits.
        for new_line, description in itertools.islice(requoted_strings(row), MAX_LATE_REQUOTES):
            yield lines.replace(line, new_line), description

        # Generic fallbacks: a comma or a closer where the compiler stopped, then at the end of
        # the line or the one before.
        if column is not None:
            row_text = text.rstrip("\r\n")
            previous = len(row_text[:column].rstrip())
            if 0 < previous < column or (previous == column and column < len(row_text)):
                yield lines.insert_at(line, previous, ","), "add the missing comma"
            for closer in (")", "]", "}"):
                yield lines.insert_at(line, column, closer), ""
        if column is not None:
            row_text = text.rstrip("\r\n")
            if column < len(row_text) and row_text[column] in ",.:;=+-*/%&|^)]}":
                yield (
                    lines.replace(line, row_text[:column] + row_text[column + 1 :]),
                    (f"remove the stray {row_text[column]}"),
                )
        for number in (line, line - 1):
            if COMPOUND.match(lines.get(number)):
                yield lines.insert_at_end(number, ":"), "add the colon at the correct position"
            for closer in (")", "]", "}"):
                yield lines.insert_at_end(number, closer), ""
            yield lines.insert_at_end(number, ","), "add the missing comma"

    def _comparisons(
        self, lines: _Lines, line: int, column: int | None
    ) -> Iterator[tuple[str | None, str | None]]:
        """`=` -> `==` at each lone `=` (nearest the error first), with the `is` form when the
        right operand is None, True or False (else None)."""
        text = lines.get(line).rstrip("\r\n")
        spots = [m.start() for m in re.finditer(r"(?<![=!<>:+\-*/%&|^@])=(?!=)", text)]
        if column is not None:
            spots.sort(key=lambda spot: abs(spot - column))
        for spot in spots:
            before, after = text[:spot].rstrip(), text[spot + 1 :].lstrip()
            singleton = re.match(r"(None|True|False)\b", after)
            identity = lines.replace(line, f"{before} is {after}") if singleton else None
            yield lines.replace(line, text[:spot] + "==" + text[spot + 1 :]), identity

    def _walruses(self, lines: _Lines, line: int, column: int | None) -> Iterator[tuple[str | None, bool]]:
        """`name = value` inside an expression -> `name := value`, and whether the lines below read name."""
        text = lines.get(line).rstrip("\r\n")
        below = "".join(lines.get(n) for n in range(line + 1, min(len(lines.lines), line + 10) + 1))
        spots = [m for m in re.finditer(r"([A-Za-z_]\w*)\s*(?<![=!<>:+\-*/%&|^@])=(?!=)", text)]
        if column is not None:
            spots.sort(key=lambda m: abs(m.end() - 1 - column))
        for match in spots:
            spot = match.end() - 1
            read = re.search(rf"\b{re.escape(match.group(1))}\b", below) is not None
            # Binding a constant (`if node := None:`) makes the condition constant: never the
            # walrus the lines below were waiting for, so it does not rank first.
            read = read and not CONSTANT_OPERAND.match(text[spot + 1 :])
            yield lines.replace(line, text[:spot] + ":=" + text[spot + 1 :]), read

    def _keyword_typos(
        self, lines: _Lines, line: int, column: int | None
    ) -> Iterator[tuple[str | None, str]]:
        """`retrun x`, `esle:`, `improt os`: a misspelt keyword where a statement starts."""
        text = lines.get(line).rstrip("\r\n")
        match = re.match(r"(\s*)([A-Za-z_]\w*)", text)
        if not match or keyword.iskeyword(match.group(2)):
            yield from _inner_keyword_typos(lines, line, column)
            return
        word = match.group(2)
        for close in _keyword_options(word):
            start, end = match.span(2)
            yield (
                lines.replace(line, text[:start] + close + text[end:]),
                f"use the keyword {close} instead of {word}",
            )
        yield from _inner_keyword_typos(lines, line, column)

    def _commas(self, lines: _Lines, failure: Failure, separator: str = ",") -> Iterator[str | None]:
        """Insert a comma between two adjacent expressions inside the reported range."""
        text = lines.get(failure.line).rstrip("\r\n")
        for spot in _gaps(text, failure):
            yield lines.replace(failure.line, text[:spot] + separator + text[spot:])

    def _chain_operators(self, lines: _Lines, failure: Failure) -> Iterator[tuple[str | None, str]]:
        """The operator of the chain of binary operations a gap between two expressions ends."""
        text = lines.get(failure.line).rstrip("\r\n")
        for spot in _gaps(text, failure):
            operator = _chain_operator(text, spot)
            if operator:
                yield (
                    lines.replace(failure.line, text[:spot] + " " + operator + text[spot:]),
                    f"add the missing {operator} between the operands",
                )


KEYWORDS = tuple(k for k in keyword.kwlist if k[0].islower() and len(k) > 1)
MAX_INNER_WORDS = 4


def keeping_bindings_first(source: str, found: list[Candidate]) -> list[Candidate]:
    """The candidates, those that stop binding a name or attribute their line bound (and nothing
    else binds: `x: List<T> = []` answered by deleting `= []`) after every other, in their order
    otherwise; the priorities the list had are handed out again in the new order. Round 48: so do
    those that take a parameter's default away or a string literal's prefix letter
    (syntax_meaning.changes_meaning: `tmpfile==None` made `tmpfile: None`, an f-string's `f`
    deleted)."""
    lost = [
        lost_bindings(source, candidate.new_source) > 0
        or changes_meaning(source, candidate.new_source)
        or no_effect_statement(source, candidate.new_source)
        for candidate in found
    ]
    if not any(lost) or all(lost):
        return found
    pairs = sorted(zip(found, lost, strict=True), key=lambda pair: pair[0].priority)
    found, lost = [c for c, _ in pairs], [off for _, off in pairs]
    ordered = [c for c, off in zip(found, lost, strict=True) if not off] + [
        c for c, off in zip(found, lost, strict=True) if off
    ]
    priorities = sorted(candidate.priority for candidate in found)
    return [
        dataclasses.replace(candidate, priority=priority)
        for candidate, priority in zip(ordered, priorities, strict=True)
    ]


def _keyword_options(word: str) -> list[str]:
    """Keywords a word is a slip of: difflib's close matches (Ratcliff/Obershelp, the measure
    spelling correctors use), and for a short word the keyword with the same letters swapped
    (`ni` -> `in`, `fi` -> `if`, `ro` -> `or`: a transposition, Damerau's commonest slip)."""
    if keyword.iskeyword(word) or word in ("True", "False", "None"):
        return []
    close = difflib.get_close_matches(word, KEYWORDS, n=2, cutoff=0.6)
    swapped = [k for k in KEYWORDS if len(k) == len(word) <= 3 and sorted(k) == sorted(word) and k != word]
    return list(dict.fromkeys([*swapped, *close]))


def _inner_keyword_typos(lines: _Lines, line: int, column: int | None) -> Iterator[tuple[str | None, str]]:
    """A misspelt keyword inside a line (`for x ni xs`, `a adn b`, `lamda v: v`, `1 if a esle 2`):
    the names nearest where the compiler stopped, each given the keywords it is a slip of;
    compiling keeps only the spellings after which the line parses."""
    text = lines.get(line).rstrip("\r\n")
    names = [(start, end, word) for start, end, word, kind in line_tokens(text) if kind == tokenize.NAME]
    if column is not None:
        names.sort(key=lambda name: abs(name[0] - column))
    for start, end, word in names[:MAX_INNER_WORDS]:
        for close in _keyword_options(word):
            yield (
                lines.replace(line, text[:start] + close + text[end:]),
                f"use the keyword {close} instead of {word}",
            )


def _gaps(text: str, failure: Failure) -> list[int]:
    """Columns of the whitespace between two adjacent expressions inside the reported range."""
    offset, end = failure.extra.get("offset"), failure.extra.get("end_offset")
    end_line = failure.extra.get("end_line") or failure.line
    if not isinstance(offset, int) or end_line != failure.line:
        return []
    stop = end - 1 if isinstance(end, int) and end > offset else len(text)
    segment = text[offset - 1 : stop]
    return [
        offset - 1 + match.start() for match in re.finditer(r"(?<=[\w'\")\]}])(\s+)(?=[\w'\"(\[{])", segment)
    ]


# Binary operators from the loosest to the tightest (the Python reference, "Operator precedence"):
# the loosest one at a level joins that level's terms, so it is the one a lost term needs.
CHAIN_RANK = {"|": 0, "^": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "//": 4, "%": 4, "@": 4}


def _chain_operator(text: str, spot: int) -> str | None:
    """The loosest binary operator at the bracket level of `spot`, since that level's opening
    bracket or its last comma; None when the terms there are not joined by one."""
    levels: list[list[str]] = [[]]
    previous: tuple[str, int] | None = None
    for start, _, string, kind in line_tokens(text):
        if start >= spot:
            break
        operand_before = previous is not None and (
            previous[1] in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING) or previous[0] in ")]}"
        )
        operand_before = operand_before and not (
            previous[1] == tokenize.NAME
            and keyword.iskeyword(previous[0])
            and previous[0] not in ("True", "False", "None")
        )
        previous = (string, kind)
        if kind != tokenize.OP:
            continue
        if string in CHAIN_RANK and not operand_before:
            continue  # a unary sign (`[-1 2]`), not a binary operator
        if string in "([{":
            levels.append([])
        elif string in ")]}":
            if len(levels) > 1:
                levels.pop()
        elif string == ",":
            levels[-1] = []
        elif string in CHAIN_RANK:
            levels[-1].append(string)
    operators = levels[-1]
    return min(operators, key=lambda op: CHAIN_RANK[op]) if operators else None


def _default_like(body: ast.expr) -> list[str]:
    """The value an else branch most often gives beside `body` (`'+' if x else ''`): the empty or zero
    value of the body's own type, the other truth value for a bool, then None."""
    empties: list[str] = []
    if isinstance(body, ast.Constant):
        value = body.value
        if isinstance(value, bool):
            empties.append(repr(not value))
        elif isinstance(value, str | bytes | int | float):
            empties.append(repr(type(value)()))
    elif isinstance(body, ast.JoinedStr):
        empties.append(repr(""))
    elif isinstance(body, ast.List | ast.ListComp):
        empties.append("[]")
    elif isinstance(body, ast.Dict | ast.DictComp):
        empties.append("{}")
    elif isinstance(body, ast.Tuple):
        empties.append("()")
    return [*empties, "None"]


def _conditional_else(
    lines: _Lines, line: int, column: int, end: int | None
) -> Iterator[tuple[str | None, str]]:
    """`x = a if cond` lost its else (the compiler marks the whole conditional expression): the else
    goes back at the expression's end with the value that usually stands beside `a`."""
    text = lines.get(line).rstrip("\r\n")
    stop = end if end is not None and end <= len(text) else len(_split_comment(text)[0])
    expression = text[column:stop]
    try:
        tree = ast.parse(f"({expression} else None)", mode="eval")
    except SyntaxError:
        return
    if not isinstance(tree.body, ast.IfExp):
        return
    double = expression.lstrip().startswith('"')  # the file's own quotes for an empty string
    wrapped = f"({expression} else None)"
    fallback = _fallback_argument(tree.body.body, wrapped)
    if fallback is not None:
        # `d.get(x, missing) if c`: the value the body gives when it finds nothing is what the
        # else most likely gives too (the call's own fallback argument).
        yield (
            lines.insert_at(line, stop, f" else {fallback}"),
            f"give the conditional expression its else branch: else {fallback} (the call's own fallback)",
        )
    element = ast.get_source_segment(wrapped, tree.body.body)
    condition = ast.get_source_segment(wrapped, tree.body.test)
    filtered = _comprehension_end(text, stop)
    if element and condition and filtered is not None:
        # `[f(x) if c for x in xs]`: an `if` written before the `for` it filters; the filter goes
        # after the comprehension's clauses (the elements for which c fails are left out).
        new_text = f"{text[:column]}{element}{text[stop:filtered].rstrip()} if {condition}{text[filtered:]}"
        yield (
            lines.replace(line, new_text),
            f"move the condition after the comprehension's for as its filter: if {condition}",
        )
    for value in _default_like(tree.body.body):
        written = value.replace("''", '""') if double else value
        yield (
            lines.insert_at(line, stop, f" else {written}"),
            f"give the conditional expression its else branch: else {written}",
        )


FALLBACK_METHODS = frozenset({"get", "pop", "setdefault"})
FALLBACK_FUNCTIONS = frozenset({"getattr", "next"})


def _fallback_argument(body: ast.expr, text: str) -> str | None:
    """The fallback a lookup is given (`d.get(k, d0)`, `getattr(o, n, d0)`, `next(it, d0)`) as written."""
    if not isinstance(body, ast.Call) or body.keywords:
        return None
    function = body.func
    if isinstance(function, ast.Attribute) and function.attr in FALLBACK_METHODS and len(body.args) == 2:
        argument = body.args[1]
    elif isinstance(function, ast.Name) and function.id in FALLBACK_FUNCTIONS and len(body.args) >= 2:
        argument = body.args[-1]
    else:
        return None
    if not isinstance(argument, ast.Name | ast.Constant | ast.Attribute):
        return None
    return ast.get_source_segment(text, argument)


def _comprehension_end(text: str, stop: int) -> int | None:
    """Where a comprehension's clauses that follow a conditional at `stop` end on the line (its
    closing bracket, or the code's end when it closes below); None when no `for` follows."""
    rest = text[stop:]
    if not re.match(r"\s+(async\s+)?for\b", rest):
        return None
    depth = 0
    code_end = len(_split_comment(text)[0])
    for start, _, string, kind in line_tokens(rest):
        if kind != tokenize.OP:
            continue
        if string in OPENERS:
            depth += 1
        elif string in CLOSER_NAMES:
            if depth == 0:
                return stop + start
            depth -= 1
    return code_end if depth == 0 else None


OPENING_BRACE = re.compile(r"opening parenthesis '\{' on line (\d+)")
FSTRING_START = re.compile(r"""(?<![\w'"])([rR]?[fF][rR]?)('''|\"\"\"|'|")""")
MAX_BRACE_SPOTS = 3
MAX_FIELD_CHARS = 1000  # the longest replacement field a closing brace is tried after


def _fstring_braces(lines: _Lines, line: int) -> Iterator[tuple[str | None, str]]:
    """An f-string replacement field that lost its closing brace (`f"{escape(v)\""`): the brace goes
    back after the longest expressions that follow the opening one, as a field holds a whole
    expression; a lone closing brace is doubled (a literal brace) or removed. Before Python 3.12
    the tokenizer keeps an f-string as one token, so the single-token repairs never look inside it
    (and 3.11 calls this error "f-string expression part cannot include a backslash")."""
    text = lines.get(line).rstrip("\r\n")
    for match in FSTRING_START.finditer(text):
        quote, raw = match.group(2), "r" in match.group(1).lower()
        index, opened = match.end(), None
        while index < len(text) and not text.startswith(quote, index):
            char = text[index]
            if char == "\\" and not raw and opened is None:
                index += 2
                continue
            if char in "{}" and text[index + 1 : index + 2] == char and opened is None:
                index += 2  # {{ and }} are literal braces
                continue
            if char == "{" and opened is None:
                opened = index
            elif char == "}" and opened is not None:
                opened = None
            elif char == "}":
                yield lines.replace(line, text[:index] + "}" + text[index:]), "double the literal brace }}"
                yield lines.replace(line, text[:index] + text[index + 1 :]), "remove the stray }"
            elif char == "{":
                # A field opened while another is still open: the first one ends before this one.
                yield from _close_field(lines, line, text, opened, index)
                opened = index
            index += 1
        if opened is not None:
            yield from _close_field(lines, line, text, opened, index)


def _field_parses(field: str) -> bool:
    """Whether `{field}` is a whole replacement field (expression, `!r` conversion, `:spec`)."""
    for quote in ("'''", '"""'):
        if quote in field:
            continue
        try:
            ast.parse(f"f{quote}{{{field}}}{quote}", mode="eval")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue  # `{a+a+...` 8,000 deep overflows the parser (round 48's review)
        return True
    return False


def _close_field(
    lines: _Lines, line: int, text: str, opened: int, stop: int
) -> Iterator[tuple[str | None, str]]:
    """`}` after the longest expressions (at most MAX_BRACE_SPOTS) that start after `{` at `opened`.

    Round 48: never after a blank (`{end }is larger` moves the text's space into the field, where
    the tokenizer drops it: the printed text loses it; the spot before the blank is tried too), and
    a field that is the message's own words joined by a word operator (`{end is larger}`: `is`,
    `in`, `and`, `or`, `not` between bare names parse as an expression) after the others."""
    found: list[tuple[bool, int]] = []
    # A field's expression is at most MAX_FIELD_CHARS long: each spot tried is parsed whole, which
    # was quadratic on a long line (6 s for a 16 KB line of words: round 48's review).
    for spot in range(min(stop, opened + 1 + MAX_FIELD_CHARS), opened + 1, -1):
        expression = text[opened + 1 : spot]
        if len(found) >= 2 * MAX_BRACE_SPOTS:
            break
        if (text[spot - 1] + text[spot : spot + 1]).replace("_", "a").isalnum() and len(text) > spot:
            continue  # never inside a name or a number (`{attr_escap}e`)
        if expression[-1:].isspace():
            continue
        if not _field_parses(expression):
            continue
        found.append((_worded(expression), spot))
    for _, spot in sorted(found, key=lambda item: item[0])[:MAX_BRACE_SPOTS]:
        field = text[opened:spot] + "}"
        yield lines.replace(line, text[:spot] + "}" + text[spot:]), f"close the replacement field: {field}"


WORD_OPERATORS = (ast.Is, ast.IsNot, ast.In, ast.NotIn)


def _worded(expression: str) -> bool:
    """Whether a field's expression is bare names joined by word operators (`end is larger`,
    `a and b`, `x not in y`): the words of the text around it rather than something to format."""
    try:
        node = ast.parse(expression.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return False
    if isinstance(node, ast.Compare):
        parts, words = [node.left, *node.comparators], all(isinstance(op, WORD_OPERATORS) for op in node.ops)
    elif isinstance(node, ast.BoolOp):
        parts, words = node.values, True
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        parts, words = [node.operand], True
    else:
        return False
    return words and all(isinstance(part, ast.Name) for part in parts)


CONTINUATION = re.compile(r"\s*(and|or|in|is|not\s+in)\b|\s*([-+*/%|&^.<>=@]|!=)")
TRIPLE_QUOTE = re.compile(r"[rRbBuUfF]{0,2}('''|\"\"\")")


def _short_closed_strings(lines: _Lines, line: int) -> Iterator[tuple[str | None, str]]:
    """A triple-quoted string that lost a quote of its closer runs on to the next string's opening
    quotes, and the text after them is read as code: the compiler complains below it. The
    multi-line strings that end shortly before the error, nearest first, get their closer back
    where one of their lines ends one or two quotes short of it, or at the end of their first
    line (a one-line docstring); compiling decides.
    """
    spans: list[tuple[int, int, str]] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(lines.source).readline):
            if token.start[0] > line:
                break
            if token.type == tokenize.STRING and token.end[0] > token.start[0]:
                opener = TRIPLE_QUOTE.match(token.string)
                if opener and token.end[0] >= line - MAX_SCAN_LINES:
                    spans.append((token.start[0], token.end[0], opener.group(1)))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    for start, end, quote in reversed(spans[-3:]):
        for number in range(start, end):
            code = lines.get(number).rstrip()
            short = len(code) - len(code.rstrip(quote[0]))
            # On the first line the opener itself ends in quotes: only quotes after some text count.
            if 0 < short < 3 and (number > start or len(code.strip()) > len(quote) + short):
                new = lines.insert_at_end(number, quote[0] * (3 - short))
            elif number == start:
                new = lines.insert_at_end(number, quote)
            else:
                continue
            if _closes_cleanly(new, line):
                yield new, "close the triple-quoted string"


# A one-line docstring closed with two quotes (`""" Sum. ""`) runs on to the next docstring, which
# may be any distance below: the compiler complains about text far from the slip.
ONE_LINE_SHORT = re.compile(r"""^\s*[rRbBuU]?("{3}|'{3})(?:(?!\1).)*?[^"'\\](?:"{1,2}|'{1,2})\s*$""")
MAX_SHORT_LINES_BACK = 400
MAX_SHORT_ONE_LINERS = 3


def _short_one_line_strings(lines: _Lines, line: int) -> Iterator[tuple[str | None, str]]:
    """Each one-line triple-quoted string above the error whose closer is one or two quotes short
    (its last quotes are the opener's kind), nearest first, given its missing quotes."""
    found = 0
    for number in range(line - 1, max(0, line - MAX_SHORT_LINES_BACK), -1):
        code = (
            _split_comment(lines.get(number))[0] if "#" in lines.get(number) else lines.get(number).rstrip()
        )
        match = ONE_LINE_SHORT.match(code)
        if not match or not code.endswith(match.group(1)[0]):
            continue
        short = 3 - (len(code) - len(code.rstrip(match.group(1)[0])))
        new = lines.insert_at_end(number, match.group(1)[0] * short)
        if _closes_cleanly(new, line):
            yield new, "close the triple-quoted string"
            found += 1
            if found >= MAX_SHORT_ONE_LINERS:
                return


def _closes_cleanly(new: str | None, line: int) -> bool:
    """Whether quotes added to close a string leave the file parsing, or failing only below `line`
    for another reason. A string left open after the edit means the added quotes opened one: that
    string was closed all along (`x = a if b` below a well-formed docstring got three quotes at the
    docstring's first line, and the error "moved on" to the docstring's old closer).
    """
    if new is None:
        return False
    error = compile_error(new)
    return error is None or (error.line > line and "unterminated" not in error.message)


def _continuations(lines: _Lines, line: int) -> Iterator[tuple[str | None, str]]:
    """A statement continued outside any bracket that lost its backslash (`if (a)` / `and b:`): the
    compiler stops at the line's end. The backslash goes back on the error line or the one
    before it when the next line reads as the rest of an expression (it starts with a binary
    operator, which no statement does), is indented deeper, as a continued line is, or when the
    line itself ends with a binary operator (`a or`), which no statement does either (the
    Python reference, "Explicit line joining"); or the continued lines are wrapped in
    parentheses ("Implicit line joining")."""
    for number in (line, line - 1):
        code, rest = _split_comment(lines.get(number))
        following = lines.get(number + 1)
        if not code.strip() or rest.strip() or code.endswith("\\") or not following.strip():
            continue  # a backslash cannot precede a comment
        deeper = len(following) - len(following.lstrip()) > len(code) - len(code.lstrip())
        if deeper or CONTINUATION.match(following) or _ends_with_operator(code):
            yield lines.replace(number, code + " \\"), "continue the statement on the next line"
            yield _parenthesized(lines, number), "wrap the continued statement in parentheses"


# Tokens no statement ends with: binary and comparison operators and the keywords of boolean,
# membership, identity and conditional expressions (the Python reference, "Expressions").
BINARY_OPS = frozenset({"+", "-", "*", "/", "//", "%", "**", "@", "|", "&", "^", "<<", ">>", "."})
COMPARISONS = frozenset({"<", ">", "<=", ">=", "==", "!="})
ASSIGNMENTS = frozenset({"=", *(op + "=" for op in BINARY_OPS - {"."})})
OPEN_ENDED_OPS = BINARY_OPS | COMPARISONS | ASSIGNMENTS
OPEN_ENDED_WORDS = frozenset({"and", "or", "not", "in", "is", "if", "else"})
EXPRESSION_LEADS = re.compile(r"\s*(return|yield|assert|if|elif|while|del|await)\s+")


def _ends_with_operator(code: str) -> bool:
    tokens = line_tokens(code)
    if not tokens:
        return False
    _, _, string, kind = tokens[-1]
    return (kind == tokenize.OP and string in OPEN_ENDED_OPS) or (
        kind == tokenize.NAME and string in OPEN_ENDED_WORDS
    )


def _open_ended(code: str) -> bool:
    return code.endswith("\\") or _ends_with_operator(code)


SWALLOWED_QUOTE_NEXT = re.compile(r"\s*(?:[),\]}:;+%]|$)|\s+(?:and|or|if|else|in|not|for|is)\b")


def _swallowed_quotes(text: str) -> list[int]:
    """Columns of the unescaped backslashes that stand right before a quote that looks like a
    literal's closer: a lone backslash literal (`"\\"`) first, then those followed by what follows
    a string (a bracket, a comma, an operator keyword, the line's end)."""
    lone: list[int] = []
    closing: list[int] = []
    raw = _raw_backslashes(text)
    for spot in range(len(text) - 1):
        if text[spot] != "\\" or text[spot + 1] not in "'\"" or spot in raw:
            continue  # in a raw literal `\\` is two characters: doubling would change its value
        run = 0
        while spot - run - 1 >= 0 and text[spot - run - 1] == "\\":
            run += 1
        if run % 2:
            continue  # this backslash is itself escaped
        quote = text[spot + 1]
        if spot > 0 and text[spot - 1] == quote and (spot < 2 or text[spot - 2] != quote):
            lone.append(spot)
        elif SWALLOWED_QUOTE_NEXT.match(text, spot + 2):
            closing.append(spot)
    return lone + closing


def _raw_backslashes(text: str) -> set[int]:
    """Columns of the backslashes inside raw string literals (`r"..."`, `Rb'...'`) of a line, read as
    the tokenizer reads them: a backslash escapes the next character, an unclosed literal runs to
    the line's end, a `#` outside literals starts a comment."""
    found: set[int] = set()
    index = 0
    while index < len(text):
        char = text[index]
        if char == "#":
            break
        if char not in "'\"":
            index += 1
            continue
        start = index
        while start > 0 and text[start - 1] in "rRbBuUfF":
            start -= 1
        prefix = text[start:index]
        standalone = start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")
        is_raw = standalone and len(prefix) <= 2 and "r" in prefix.lower()
        quote = text[index : index + 3] if text.startswith(char * 3, index) else char
        index += len(quote)
        while index < len(text) and not text.startswith(quote, index):
            if text[index] == "\\":
                if is_raw:
                    found.add(index)
                index += 2
                continue
            index += 1
        index += len(quote)
    return found


def _parenthesized(lines: _Lines, number: int) -> str | None:
    """`(` where the expression of the statement ending at line `number` starts, `)` at the end
    of the first line below it that does not itself leave the expression open."""
    first = number
    while first > 1 and _split_comment(lines.get(first - 1))[0].endswith("\\"):
        first -= 1
    head = lines.get(first).rstrip("\r\n")
    start = _expression_start(head)
    last = number + 1
    while last < len(lines.lines) and _open_ended(_split_comment(lines.get(last))[0]):
        last += 1
    if start is None or last - number > MAX_SCAN_LINES:
        return None
    code, rest = _split_comment(lines.get(last))
    closing = len(code) - 1 if code.endswith(":") and COMPOUND.match(head) else len(code)
    edited = _Lines(lines.replace(last, code[:closing] + ")" + code[closing:] + rest) or "")
    return edited.replace(first, head[:start] + "(" + head[start:])


def _expression_start(head: str) -> int | None:
    """Column where the expression of a statement's first line starts: after a leading keyword
    (`return`, `if`...), after an assignment's `=`, else at the statement's first token."""
    lead = EXPRESSION_LEADS.match(head)
    if lead:
        return lead.end()
    for _, end, string, kind in line_tokens(head):
        if kind == tokenize.OP and string in ASSIGNMENTS:
            return end + len(head[end:]) - len(head[end:].lstrip())
        if kind == tokenize.OP and string in "([{":
            break  # an `=` inside brackets is a keyword argument, not the statement's
    stripped = len(head) - len(head.lstrip())
    return stripped if head.strip() else None


# -- minimum-distance token repair ----------------------------------------------------------------
# Aho & Peterson's minimum-distance error repair (1972) and Burke & Fisher's LR repair (1987): try
# every single-token insertion, deletion and substitution at the error line and the lines just
# before it (a dropped bracket is often reported further on), keep those the parser accepts, and
# rank them by the smallest edit that leaves the brackets balanced, nearest the error first.
# SynShine (Ahmed et al., 2021) reports most real syntax errors are one such token edit.
REPAIR_TOKENS = (")", "]", "}", ",", ":", "(", "[", "{")
REPAIR_LINES_BACK = 3
# Statement keywords that cannot stand inside an expression: written there, they are the slip.
MISPLACED_KEYWORDS = frozenset({"return", "yield", "pass", "del", "assert", "raise", "global", "nonlocal"})
MAX_PARSE_TRIALS = 600
MAX_TOKEN_REPAIRS = 6
MAX_TOKENS_PER_LINE = 40
BRACKETS = {"(": ("(", 1), "[": ("[", 1), "{": ("{", 1), ")": ("(", -1), "]": ("[", -1), "}": ("{", -1)}


def line_tokens(text: str) -> list[tuple[int, int, str, int]]:
    """(start, end, string, type) of the tokens of one physical line, as far as it tokenizes alone."""
    found: list[tuple[int, int, str, int]] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(text + "\n").readline):
            if token.type in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT, tokenize.ENDMARKER):
                continue
            if token.type in (tokenize.INDENT, tokenize.DEDENT) or token.start[0] != 1:
                continue
            found.append((token.start[1], token.end[1], token.string, token.type))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return found


EXPRESSION_STATEMENTS = frozenset({"if", "elif", "while", "assert", "return"})


def _conditional_equals(lines: _Lines, line: int, end: int | None) -> Iterator[str | None]:
    """`x if a = b else y` -> `x if a == b else y`: the lone `=` right where the parser's span of a
    conditional expression ends, with an `else` after it on the line."""
    if end is None:
        return
    text = lines.get(line).rstrip("\r\n")
    lone = re.compile(r"(?<![=!<>:+\-*/%&|^@])=(?!=)")
    spot = min(end, len(text)) + len(text[end:]) - len(text[end:].lstrip())
    if lone.match(text, spot) and re.search(r"\belse\b", text[spot:]):
        yield lines.replace(line, text[:spot] + "==" + text[spot + 1 :])


def _expression_equals(text: str, column: int | None) -> list[int]:
    """Columns of the lone `=` on a line that stand where only an expression can, nearest first.

    That is at the top level of an if/elif/while/assert/return, inside [] or {} (a comprehension's
    `if`, an element), or inside () after more than a bare name (`f(res.index = i)` cannot be a
    keyword argument). A default (`lambda x=1`) or a keyword argument (`f(key=1)`) is left alone.
    """
    tokens = line_tokens(text)
    if not tokens:
        return []
    leads = tokens[0][2] in EXPRESSION_STATEMENTS
    spots: list[int] = []
    # Per open bracket: the bracket and the tokens since it or its last comma.
    stack: list[tuple[str, list[tuple[str, int]]]] = []
    top: list[tuple[str, int]] = []
    for start, _, string, kind in tokens:
        current = stack[-1][1] if stack else top
        if string in "([{" and kind == tokenize.OP:
            current.append((string, kind))
            stack.append((string, []))
            continue
        if string in ")]}" and kind == tokenize.OP:
            if stack:
                stack.pop()
            (stack[-1][1] if stack else top).append((string, kind))
            continue
        if string == "," and kind == tokenize.OP:
            current.clear()
            continue
        # A lambda's parameters may carry defaults: no `=` after it on its level is a comparison.
        if string == "=" and kind == tokenize.OP and all(word != "lambda" for word, _ in current):
            opener = stack[-1][0] if stack else ""
            keyword_argument = opener == "(" and len(current) == 1 and current[0][1] == tokenize.NAME
            if (
                (opener in "[{" and opener)
                or (opener == "(" and not keyword_argument)
                or (not opener and leads)
            ):
                spots.append(start)
        current.append((string, kind))
    if column is not None:
        spots.sort(key=lambda spot: abs(spot - column))
    return spots


def _depths(texts: list[str]) -> dict[str, int]:
    """Net opened brackets of each kind over some lines (strings and comments ignored)."""
    depth = {"(": 0, "[": 0, "{": 0}
    for text in texts:
        for _, _, string, kind in line_tokens(text):
            if kind == tokenize.OP and string in BRACKETS:
                opener, step = BRACKETS[string]
                depth[opener] += step
    return depth


def _imbalance(depth: dict[str, int], added: str = "", removed: str = "") -> int:
    """How far the brackets are from balanced after adding and/or removing one token."""
    changed = dict(depth)
    for token, sign in ((added, 1), (removed, -1)):
        if token in BRACKETS:
            opener, step = BRACKETS[token]
            changed[opener] += sign * step
    return sum(abs(value) for value in changed.values())


def _error_line(text: str) -> int | None:
    try:
        compile(text, "<healer>", "exec", flags=ast.PyCF_ONLY_AST, dont_inherit=True)
    except SyntaxError as exc:
        return exc.lineno or 0
    except (ValueError, MemoryError, RecursionError):
        return 0
    return None


def _window(lines: _Lines, line: int) -> tuple[int, int]:
    """The top-level statement around `line` (first, last): parsing it alone is much cheaper."""
    start = line
    while start > 1:
        text = lines.get(start)
        if text.strip() and not text[0].isspace() and not text.startswith(("#", ")", "]", "}")):
            break
        start -= 1
    while start > 1 and lines.get(start - 1).startswith("@"):
        start -= 1
    end = line
    while end < len(lines.lines):
        following = lines.get(end + 1)
        if (
            following.strip()
            and not following[0].isspace()
            and not following.startswith(("#", ")", "]", "}"))
        ):
            break
        end += 1
    return start, end


def _implausible(text: str, spot: int, new_line: str, removed: tuple[int, int] | None = None) -> int:
    """1 for an edit no programmer slip explains: a deletion that glues two names into one
    (`f(x)` -> `fx)`), or a closer put between a callee and its argument list (`f)(x)`)."""
    if removed is not None:
        before, after = text[: removed[0]], text[removed[1] :]
        glued = (before[-1:].isidentifier() or before[-1:].isdigit()) and (
            after[:1].isidentifier() or after[:1].isdigit()
        )
        if glued:
            return 1
    split_call = (
        spot > 0
        and (text[spot - 1].isalnum() or text[spot - 1] == "_")
        and text[spot : spot + 1] in ("(", "[", ".")
        and new_line[spot : spot + 1] in (")", "]", "}", ",", ":")
    )
    return 1 if split_call else 0


def _glued_strings(text: str) -> int:
    """Adjacent string literals on one line (`'a' 'b'`): implicit concatenation, which no one
    writes on purpose on one line (ruff's ISC001); an edit that makes one glued a separator away."""
    tokens = line_tokens(text)
    return sum(1 for a, b in itertools.pairwise(tokens) if a[3] == b[3] == tokenize.STRING)


def _code_line_above(lines: _Lines, number: int) -> int | None:
    """The nearest line above `number` that holds code (not blank, not only a comment)."""
    for above in range(number - 1, 0, -1):
        if line_tokens(lines.get(above).rstrip("\r\n")):
            return above
    return None


def token_repairs(
    lines: _Lines, line: int, column: int | None, end_column: int | None = None
) -> Iterator[tuple[str | None, str]]:
    """The few single-token edits at or just before `line` after which the file parses, best first.

    Ranked by bracket balance, plausibility, nearness to the error line and to either end of the
    range the compiler reported (a generator that lacks its parenthesis ends where it should close).
    """
    first, last = _window(lines, line)
    anchors = [c for c in (column, end_column) if c is not None]
    seen: set[tuple[int, str]] = set()
    region = "".join(lines.lines[first - 1 : last])
    # Parse the top-level statement alone when it shows the same error; else the whole file.
    local = _error_line(region) == line - first + 1
    trials: list[tuple[tuple[int, ...], int, str, str]] = []
    for back in range(REPAIR_LINES_BACK + 1):
        number = line - back
        if number < max(first, 1):
            break
        text = lines.get(number).rstrip("\r\n")
        if not text.strip():
            continue
        tokens = line_tokens(text)
        if not tokens:
            continue
        if len(tokens) > MAX_TOKENS_PER_LINE:
            # A long (data) line: the tokens nearest the error, or the last ones of a line before.
            if back == 0 and column is not None:
                tokens = sorted(tokens, key=lambda token: abs(token[0] - column))[:MAX_TOKENS_PER_LINE]
                tokens.sort()
            else:
                tokens = tokens[-MAX_TOKENS_PER_LINE // 2 :]
        # Bracket depths of the lines up to the error, counted once; each edit adjusts them.
        depth = _depths([lines.get(n) for n in range(max(first, line - REPAIR_LINES_BACK), line + 1)])
        spots = sorted({end for _, end, _, _ in tokens} | {start for start, _, _, _ in tokens})
        # (column, new line, description, cost): "" lets compile_checked describe the change; a
        # substitution costs a deletion plus an insertion, as in Aho & Peterson's edit distance.
        # plus the token added and the one removed, for the bracket count.
        edits: list[tuple[int, str, str, int, str, str]] = []
        for spot in spots:
            for token in REPAIR_TOKENS:
                edits.append((spot, text[:spot] + token + text[spot:], "", 1, token, ""))
        for start, end, string, kind in tokens:
            if kind == tokenize.NAME and keyword.iskeyword(string) and back == 0 and column is not None:
                # A statement keyword written inside an expression (`lambda m: return f(m)`, a
                # def's habit): deleting the one keyword token at or just before the error, with
                # its space, is a one-token edit as well; only there, so the search stays small.
                if start <= column <= end + 1 and string in MISPLACED_KEYWORDS:
                    cut = end + 1 if text[end : end + 1] == " " else end
                    edits.append(
                        (start, text[:start] + text[cut:], f"remove the misplaced `{string}`", 1, "", "")
                    )
                continue
            if kind != tokenize.OP:
                continue
            edits.append((start, text[:start] + text[end:], "", 1, "", string))
            for token in REPAIR_TOKENS:
                if token != string:
                    edits.append((start, text[:start] + token + text[end:], "", 2, token, string))
        spans = {start: end for start, end, _, _ in tokens}
        # A separator that a line above could end with goes there (`'a': 'b'` + `,` rather than
        # `,'c': 'd'` on the next line): the same tree, the fault's line, the way it is written.
        above = _code_line_above(lines, number)
        lead = tokens[0][0] if above is not None and above >= max(first, line - REPAIR_LINES_BACK) else None
        glued = _glued_strings(text)
        for spot, new_line, description, cost, added, removed in edits:
            if (number, new_line) in seen or (added == "," and not removed and spot == lead):
                continue
            seen.add((number, new_line))
            balance = _imbalance(depth, added, removed)
            deleted = (spot, spans[spot]) if removed and not added else None
            penalty = max(_implausible(text, spot, new_line, deleted), int(_glued_strings(new_line) > glued))
            distance = min((abs(spot - a) for a in anchors), default=0) if back == 0 else 0
            if back and added in ")]}" and added and not removed:
                # A line above the error left a bracket open, so the lines below were read as its
                # continuation: it closes at the end of its line (`ValueError("...".format(keys)`
                # + `)`), not after its first argument (`ValueError("...").format(keys)`, which
                # parses too and raises AttributeError: r73, round 24).
                distance = len(text) - spot
            key = (balance, penalty, cost, back, distance, len(trials))
            trials.append((key, number, new_line, description))
    trials.sort(key=lambda trial: trial[0])
    parsed: list[tuple[str, str]] = []
    moved: list[tuple[str, str]] = []
    # Parsing the whole file per trial costs ~15 ms on 3,000 lines: fewer trials then.
    budget = MAX_PARSE_TRIALS if local else MAX_PARSE_TRIALS // 4
    for _, number, new_line, description in trials[:budget]:
        if local:
            patched = lines.get(number)
            ending = patched[len(patched.rstrip("\r\n")) :]
            edited = [*lines.lines[first - 1 : last]]
            edited[number - first] = new_line + ending
            after = _error_line("".join(edited))
            if after is not None and after <= line - first + 1:
                continue
        new = lines.replace(number, new_line)
        # Kept when the file parses, or when its first error moves further down (a second error
        # elsewhere is the next round's; compile_checked ranks the edits that compile first).
        after = _error_line(new) if new is not None else 0
        if new is None or (after is not None and after <= line):
            continue
        (parsed if after is None else moved).append((new, description))
        if len(parsed) >= MAX_TOKEN_REPAIRS:
            break
    # Edits after which the file parses; only when there are none, those that move the error on.
    yield from parsed or moved[:MAX_TOKEN_REPAIRS]


FIXERS = [SyntaxFixer()]
