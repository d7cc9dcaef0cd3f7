"""Classic integer sequences."""


def fibonacci(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def pascal_row(n):
    row = [1]
    for _ in range(n):
        row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
    return row


def collatz_steps(n):
    if n < 1:
        raise ValueError("n must be positive")
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def triangular(n):
    return n * (n + 1) // 2


def look_and_say(term, rounds):
    for _ in range(rounds):
        out = []
        index = 0
        while index < len(term):
            run = 1
            while index + run < len(term) and term[index + run] == term[index]:
                run += 1
            out.append(f"{run}{term[index]}")
            index += run
        term = "".join(out)
    return term
