"""tsc TS2420: a class does not implement its interface because a member is named otherwise (round 46).

"Class 'Wick' incorrectly implements interface 'Priced'. Property 'priceFor' is missing in type 'Wick'
but required in type 'Priced'." The interface is the contract the class's users are written against
(they call `priceFor`); a class that declares a member the interface does not name, spelt close to the
missing one (`priceOf`), declares the contract's member under another name. The repair renames the
class's member to the interface's name, with the class's own `this.<member>` uses; it never adds a stub
(weaker_programs refuses a body that only throws, TypeScript's "implement interface" quick fix).

Only a member of the class absent from the interface and close to the missing name (difflib's ratio at
least RATIO, or the same first word of a camelCase name) is renamed, the closest first; a member that
another interface the class implements names is left alone.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes
from healer.engine.javascript.syntax import encode, node_text, parse, walk

INCORRECTLY_IMPLEMENTS = re.compile(
    r"Class '(?P<cls>[\w$]+)' incorrectly implements (?:interface|class) '(?P<base>[\w$]+)(?:<[^']*>)?'\."
    r"\s*Property '(?P<missing>[\w$]+)' is missing in type"
)
CLASSES = ("class_declaration", "abstract_class_declaration", "class")
MEMBERS = ("method_definition", "public_field_definition", "method_signature", "property_signature",
           "abstract_method_signature")  # fmt: skip
RATIO = 0.6
MAX_RENAMES = 3


def implements_candidates(
    text: str, path: str, *, message: str, sources: Mapping[str, str]
) -> list[Candidate]:
    said = INCORRECTLY_IMPLEMENTS.search(message)
    if said is None or said["cls"] not in text:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    owner = next((n for n in walk(tree.root_node) if n.type in CLASSES and _name(n) == said["cls"]), None)
    if owner is None:
        return []
    contract = _contract_members(said["base"], {**sources, path: text})
    if contract is None:
        return []
    body = owner.child_by_field_name("body")
    if body is None:
        return []
    declared = {}
    for member in body.named_children:
        name = member.child_by_field_name("name")
        if member.type in MEMBERS and name is not None and name.type == "property_identifier":
            declared.setdefault(node_text(name), name)
    missing = said["missing"]
    if missing in declared:
        return []
    extra = [n for n in declared if n not in contract and n != "constructor" and _close(n, missing)]
    extra.sort(key=lambda n: -difflib.SequenceMatcher(None, n, missing).ratio())
    data = encode(text)
    found = []
    for name in extra[:MAX_RENAMES]:
        renamed: dict[tree_sitter.Node, str] = {declared[name]: missing}
        for node in walk(body):
            if node.type == "member_expression":
                target, field = node.child_by_field_name("object"), node.child_by_field_name("property")
                if (
                    target is not None
                    and target.type == "this"
                    and field is not None
                    and node_text(field) == name
                ):
                    renamed[field] = missing
        found.append(
            Candidate(path, replace_nodes(data, renamed), declared[name].start_point.row + 1,
                      f"name the method as the interface {said['base']} does: {missing}, not {name}")
        )  # fmt: skip
    return parsing(found, original=text, path=path)


def _name(node: tree_sitter.Node) -> str:
    name = node.child_by_field_name("name")
    return node_text(name) if name is not None else ""


def _contract_members(base: str, sources: Mapping[str, str]) -> set[str] | None:
    """The member names of the interface (or class) `base` declared in the sources, or None."""
    for file, text in sources.items():
        if not file.endswith((".ts", ".tsx", ".mts", ".cts")) or base not in text:
            continue
        tree = parse(text, file)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type in ("interface_declaration", *CLASSES) and _name(node) == base:
                body = node.child_by_field_name("body")
                if body is None:
                    return None
                return {
                    node_text(n.child_by_field_name("name"))
                    for n in body.named_children
                    if n.type in MEMBERS and n.child_by_field_name("name") is not None
                }
    return None


def _close(name: str, wanted: str) -> bool:
    if difflib.SequenceMatcher(None, name, wanted).ratio() >= RATIO:
        return True
    first = re.match(r"[a-z$_]+|[A-Z][a-z]*", name)
    return first is not None and len(first.group()) >= 3 and wanted.startswith(first.group())
