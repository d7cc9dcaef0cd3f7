"""Round 54 (npm28): Babel's parse error whose line ends with a colon (its code frame follows) is located."""

from healer.engine.javascript.errors import parse_error

JEST = (
    "  ● Test suite failed to run\n\n    Jest encountered an unexpected token\n\n    Details:\n\n"
    "    SyntaxError: /work/src/carts.js: Support for the experimental syntax 'optionalChainingAssign' isn't "
    "currently enabled (7:3):\n\n       6 | function take(cart, n) {\n    >  7 |   cart?.left -= n;\n"
    "         |   ^\n\n    > 3 | const { take } = require('./carts');\n\n"
    "      at Object.<anonymous> (src/index.js:3:18)\n"
)


def test_it_locates_the_parse_error_in_the_module_that_does_not_parse():
    error = parse_error(JEST, "/work")
    assert error is not None and error.name == "SyntaxError" and error.location == ("src/carts.js", 7, 4)


def test_it_still_leaves_a_syntax_error_line_without_a_position_unlocated():
    error = parse_error("SyntaxError: /work/src/carts.js: Unexpected token:\n", "/work")
    assert error is None or error.location is None
