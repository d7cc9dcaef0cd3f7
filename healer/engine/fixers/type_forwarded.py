"""TYPE_ERROR family: a number forwarded into text by the assignment that picks the flat value.

`val = data` in the branch of a converter that handles a plain value, beside `val = ""` and
`val = "<{0}>".format(...)` in the others: a number given by the caller reaches `"".join(...)` through
`val`. The backward tracer (fixers/dataflow.py) converts a value where it is *made*, but this value is
made by the caller's input (a test's literal, a public function's parameter), where no repository
edit belongs. The conversion goes at the assignment that forwards it, first when the variable's
other assignments make text: the one definition unlike its siblings (deviant behaviour, Engler et
al., SOSP 2001), repaired at the value's last definition in the repository as PyTER repairs a wrong
type where it is defined (Oh & Oh, FSE 2022).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.dataflow import NUMBERS, Evidence, Frame, Origin, Tracer, suspects
from healer.engine.fixers.lineedit import Edit, shorten, text_valued

DEVIANT_PRIOR = 0.95  # the variable's other assignments make text: before the crash-site conversion
FORWARDED_PRIOR = 0.45
MAX_FORWARDS = 2


def forwarded_edits(
    *, messages: list[str], file: str, line: int, frames: list[Frame], tracer: Tracer
) -> list[Edit]:
    """`str(...)` at the nearest assignments that forward a number to where text is wanted."""
    sf = tracer.load(file)
    if sf is None:
        return []
    tracer.frames = frames
    frame = next(
        (i for i in range(len(frames) - 1, -1, -1) if (frames[i].file, frames[i].line) == (file, line)), -1
    )
    edits: list[Edit] = []
    for message in messages:
        for suspect in suspects(message, sf, line, frame):
            if suspect.evidence.actual in NUMBERS and suspect.evidence.wanted == "str":
                edits += _forwards(tracer.trace(suspect), suspect.evidence)
    return edits


def _forwards(origins: list[Origin], evidence: Evidence) -> list[Edit]:
    found: list[Edit] = []
    forwards = [o for o in origins if o.hops and o.how == "assignment" and isinstance(o.node, ast.Name)]
    for origin in forwards[:MAX_FORWARDS]:
        siblings = [o for o in origins if o.hops == origin.hops and o.how == "assignment" and o is not origin]
        prior = DEVIANT_PRIOR if any(text_valued(o.node) for o in siblings) else FORWARDED_PRIOR
        span = origin.sf.node_span(origin.node)
        if span is None:
            continue
        where, start, end = span
        text = origin.sf.line_text(where)[start:end]
        found.append(
            Edit(
                where,
                ((start, end, f"str({text})"),),
                f"convert {shorten(text, 30)} to str where it is forwarded ({evidence.actual} reaches text)",
                prior,
                "root-cause",
                path=origin.sf.path,
            )
        )
    return found


__all__ = ["forwarded_edits"]
