"""A barrel (an index module that only re-exports its siblings) missing one of them.

`import { clock } from '../src'` fails (tsc TS2305 "Module '"../src"' has no exported member
'clock'"; Node: "The requested module '../src/index.js' does not provide an export named 'clock'")
when the entry point re-exports the team and the types but not the race module that defines clock.
An import binds only to what ResolveExport finds (ECMAScript 16.2.1.6.3), and `export * from` is how
a module passes a sibling's exports on (ExportDeclaration: `export * from ModuleSpecifier`): the
repair is the missing re-export in the barrel, written like the ones it already has, read from what
the repository's modules really export. tsc's own code fix for the name exported elsewhere is an
import from that module; for a package's entry point the barrel is the contract the importer reads.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Iterator

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.modules import exports, resolve, specifier_for
from healer.engine.javascript.syntax import parse

Reader = Callable[[str], "str | None"]


def barrel_candidates(
    *, target: str, target_text: str, name: str, exporters: list[str], files: Collection[str]
) -> Iterator[Candidate]:
    """`export * from './race'` (then `export { clock } from './race'`) in the barrel `target`, for each
    module under the barrel's folder that exports `name` and that the barrel does not re-export yet."""
    found = exports(target_text, target)
    reexports = _reexport_statements(target_text, target)
    if not reexports or name in found.names:
        return
    already = {resolve(target, s, files) for _, s in reexports}
    folder = posixpath.dirname(target)
    like = reexports[-1][1]
    at = reexports[-1][0]
    for module in exporters:
        if module in already or module == target or not module.startswith(f"{folder}/" if folder else ""):
            continue
        specifier = specifier_for(target, module, like=like)
        line = target_text.count("\n", 0, at) + 1
        for statement, what in (
            (f"export * from '{specifier}';", f"re-export '{specifier}' from the barrel {target}"),
            (f"export {{ {name} }} from '{specifier}';", f"re-export {name} from '{specifier}' in {target}"),
        ):
            if at == len(target_text) and not target_text.endswith("\n"):
                statement = "\n" + statement  # the barrel's last line had no newline
            yield Candidate(target, target_text[:at] + statement + "\n" + target_text[at:], line, what)


def _reexport_statements(text: str, path: str) -> list[tuple[int, str]]:
    """(character offset after the statement's line, specifier) of each top-level `export ... from`."""
    tree = parse(text, path)
    found = []
    for node in tree.root_node.children if tree is not None else ():
        source = node.child_by_field_name("source") if node.type == "export_statement" else None
        if source is None:
            continue
        end = text.find("\n", len(text.encode("utf-8")[: node.end_byte].decode("utf-8", errors="replace")))
        found.append((len(text) if end < 0 else end + 1, source.text.decode("utf-8")[1:-1]))
    return found
