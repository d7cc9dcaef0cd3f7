"""Offline measure: synthetic parse errors (written apart from the dev cases) -> is the intended fix
among SyntaxFixer's candidates, and at what rank? No sandbox, no tests: candidates are compared by
syntax tree with the intended text.

Usage: .venv/bin/python tests/engine/syntax_synthetic.py [NAME ...]
"""

from __future__ import annotations

import ast
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from healer.engine.fixers.syntax import SyntaxFixer  # noqa: E402
from healer.engine.workspace import Workspace  # noqa: E402
from tests.engine.fixer_helpers import compile_failure, context  # noqa: E402

CASES = [
    (
        "apostrophe-call",
        "def f(n):\n    print('Won't stop', n)\n",
        'def f(n):\n    print("Won\'t stop", n)\n',
    ),
    (
        "apostrophe-return-format",
        "def f(n):\n    return 'User's id is {}'.format(n)\n",
        'def f(n):\n    return "User\'s id is {}".format(n)\n',
    ),
    ("apostrophe-dict", "D = {'k': 'it's', 'j': 1}\n", "D = {'k': \"it's\", 'j': 1}\n"),
    ("dq-in-dq", 'def f():\n    return "say "hi" now"\n', "def f():\n    return 'say \"hi\" now'\n"),
    (
        "except-comma-tuple",
        "try:\n    x = 1\nexcept (OSError, IOError), err:\n    print(err)\n",
        "try:\n    x = 1\nexcept (OSError, IOError) as err:\n    print(err)\n",
    ),
    (
        "except-dotted",
        "import json\ntry:\n    x = 1\nexcept json.JSONDecodeError, e:\n    pass\n",
        "import json\ntry:\n    x = 1\nexcept json.JSONDecodeError as e:\n    pass\n",
    ),
    (
        "ne",
        "def f(a):\n    while a <> 0:\n        a -= 1\n",
        "def f(a):\n    while a != 0:\n        a -= 1\n",
    ),
    ("print-stmt", "def f(a):\n    print 'value', a\n", "def f(a):\n    print('value', a)\n"),
    ("octal", "MODE = 0755\n", "MODE = 0o755\n"),
    ("backtick", "def f(a):\n    return 'x' + `a`\n", "def f(a):\n    return 'x' + repr(a)\n"),
    ("raise-comma", "def f(a):\n    raise TypeError, 'bad'\n", "def f(a):\n    raise TypeError('bad')\n"),
    (
        "cont-plus",
        "def f(a, b):\n    total = a +\n    b\n    return total\n",
        "def f(a, b):\n    total = a + \\\n    b\n    return total\n",
    ),
    (
        "cont-return",
        "def f(a, b):\n    return a and \\\n        b or\n        a\n",
        "def f(a, b):\n    return a and \\\n        b or \\\n        a\n",
    ),
    (
        "cont-if-op-lead",
        "def f(a, b):\n    if a\n        or b:\n        return 1\n",
        "def f(a, b):\n    if a \\\n        or b:\n        return 1\n",
    ),
    ("missing-colon-def", "def f(a)\n    return a\n", "def f(a):\n    return a\n"),
    ("missing-colon-class", "class A(object)\n    x = 1\n", "class A(object):\n    x = 1\n"),
    (
        "missing-colon-with",
        "def f(p):\n    with open(p) as h\n        return h.read()\n",
        "def f(p):\n    with open(p) as h:\n        return h.read()\n",
    ),
    (
        "missing-paren-call",
        "def f(a):\n    x = max(a, 2\n    return x\n",
        "def f(a):\n    x = max(a, 2)\n    return x\n",
    ),
    ("extra-paren", "def f(a):\n    return len(a))\n", "def f(a):\n    return len(a)\n"),
    ("missing-bracket-list", "X = [1, 2, 3\nY = 4\n", "X = [1, 2, 3]\nY = 4\n"),
    ("kw-whiel", "def f(a):\n    whiel a:\n        a -= 1\n", "def f(a):\n    while a:\n        a -= 1\n"),
    ("kw-retrun", "def f(a):\n    retrun a + 1\n", "def f(a):\n    return a + 1\n"),
    (
        "kw-infix-ni",
        "def f(a):\n    for x ni a:\n        print(x)\n",
        "def f(a):\n    for x in a:\n        print(x)\n",
    ),
    (
        "kw-infix-adn",
        "def f(a, b):\n    if a adn b:\n        return 1\n",
        "def f(a, b):\n    if a and b:\n        return 1\n",
    ),
    ("kw-lamda", "F = sorted([3, 1], key=lamda v: -v)\n", "F = sorted([3, 1], key=lambda v: -v)\n"),
    ("kw-improt", "improt os\nX = os.sep\n", "import os\nX = os.sep\n"),
    ("kw-form", "form os import path\nX = path\n", "from os import path\nX = path\n"),
    ("kw-esle-inline", "def f(a):\n    return 1 if a esle 2\n", "def f(a):\n    return 1 if a else 2\n"),
    ("ur-prefix", "import re\nR = re.compile(ur'[a-z]')\n", "import re\nR = re.compile(r'[a-z]')\n"),
    ("long", "N = 0xFFL\n", "N = 0xFF\n"),
    ("exec-stmt", "def f(c, ns):\n    exec c in ns\n", "def f(c, ns):\n    exec(c, ns)\n"),
    (
        "print-chevron",
        "import sys\ndef f(a):\n    print >>sys.stderr, a\n",
        "import sys\ndef f(a):\n    print(a, file=sys.stderr)\n",
    ),
    (
        "apos-fstring",
        "def f(n):\n    return f'{n} isn't here'\n",
        'def f(n):\n    return f"{n} isn\'t here"\n',
    ),
    ("apos-concat", "def f(n):\n    return 'it's ' + n\n", 'def f(n):\n    return "it\'s " + n\n'),
    ("apos-kwarg", "def f(n):\n    g(msg='can't', x=1)\n", 'def f(n):\n    g(msg="can\'t", x=1)\n'),
    (
        "apos-double-inner",
        'def f():\n    return "He said "no" twice"\n',
        "def f():\n    return 'He said \"no\" twice'\n",
    ),
    (
        "except-multi-line-body",
        "class A:\n    def f(self):\n        try:\n            return 1\n        except KeyError, k:\n            return k\n",
        "class A:\n    def f(self):\n        try:\n            return 1\n        except KeyError as k:\n            return k\n",
    ),
    ("print-percent", "def f(a):\n    print '%d items' % a\n", "def f(a):\n    print('%d items' % a)\n"),
    (
        "cont-assign-mul",
        "def f(a, b, c):\n    x = a *\n    b\n    return x\n",
        "def f(a, b, c):\n    x = a * \\\n    b\n    return x\n",
    ),
    (
        "cont-comparison",
        "def f(a, b):\n    ok = a ==\n    b\n    return ok\n",
        "def f(a, b):\n    ok = a == \\\n    b\n    return ok\n",
    ),
    ("missing-open-paren", "def f(a):\n    return len a)\n", "def f(a):\n    return len(a)\n"),
    (
        "missing-close-multi",
        "def f(a):\n    x = dict(a=1,\n             b=2\n    return x\n",
        "def f(a):\n    x = dict(a=1,\n             b=2)\n    return x\n",
    ),
    (
        "missing-colon-elif",
        "def f(a):\n    if a:\n        return 1\n    elif a > 2\n        return 2\n",
        "def f(a):\n    if a:\n        return 1\n    elif a > 2:\n        return 2\n",
    ),
    ("missing-colon-lambda", "F = lambda x x + 1\n", "F = lambda x: x + 1\n"),
    ("kw-defn", "dfe f(a):\n    return a\n", "def f(a):\n    return a\n"),
    ("kw-clas", "clas A:\n    pass\n", "class A:\n    pass\n"),
    ("kw-ont", "def f(a, b):\n    return a is ont b\n", "def f(a, b):\n    return a is not b\n"),
    (
        "kw-elsif",
        "def f(a):\n    if a:\n        return 1\n    elsif a > 1:\n        return 2\n",
        "def f(a):\n    if a:\n        return 1\n    elif a > 1:\n        return 2\n",
    ),
    (
        "ne-if",
        "def f(a):\n    if a.kind <> 'x':\n        return 1\n",
        "def f(a):\n    if a.kind != 'x':\n        return 1\n",
    ),
]


def tree(text: str) -> str | None:
    try:
        return ast.dump(ast.parse(text))
    except SyntaxError:
        return None


def main() -> None:
    only = set(sys.argv[1:])
    found = total = 0
    for name, broken, intended in CASES:
        if only and name not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            Path(tmp, "m.py").write_text(broken)
            workspace = Workspace(Path(tmp))
            if tree(broken) is not None:
                print(f"{name:28} compiles on this Python")
                continue
            failure = compile_failure(workspace, "m.py")
            candidates = sorted(
                SyntaxFixer().candidates(failure, context(workspace)), key=lambda c: c.priority
            )
            key = tree(intended)
            rank = next((i for i, c in enumerate(candidates, 1) if tree(c.new_source) == key), None)
            total += 1
            found += rank is not None
            print(f"{name:28} rank={rank} of {len(candidates):3}  [{failure.message[:60]}]")
    print(f"found {found}/{total}")


if __name__ == "__main__":
    main()
