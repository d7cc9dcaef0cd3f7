"""Reverse Polish notation and the shunting-yard algorithm."""

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def apply(op, left, right):
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    return left / right


def evaluate_rpn(tokens):
    stack = []
    for token in tokens:
        if token in PRECEDENCE:
            right = stack.pop()
            left = stack.pop()
            stack.append(apply(token, left, right))
        else:
            stack.append(float(token))
    if len(stack) != 1:
        raise ValueError("malformed expression")
    return stack[0]


def to_rpn(tokens):
    output, ops = [], []
    for token in tokens:
        if token in PRECEDENCE:
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= PRECEDENCE[token]:
                output.append(ops.pop())
            ops.append(token)
        elif token == "(":
            ops.append(token)
        elif token == ")":
            while ops[-1] != "(":
                output.append(ops.pop())
            ops.pop()
        else:
            output.append(token)
    while ops:
        output.append(ops.pop())
    return output


def calculate(expression):
    return evaluate_rpn(to_rpn(expression.split()))
