"""Conversions between number bases."""

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_base(number, base):
    if not 2 <= base <= 36:
        raise ValueError("base must be in 2..36")
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    number = abs(number)
    digits = []
    while number > 0:
        number, remainder = divmod(number, base)
        digits.append(DIGITS[remainder])
    return sign + "".join(reversed(digits))


def from_base(text, base):
    text = text.strip().lower()
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    value = 0
    for ch in text:
        digit = DIGITS.index(ch)
        if digit >= base:
            raise ValueError(f"digit {ch!r} is not valid in base {base}")
        value = value * base + digit
    return -value if negative else value


def digit_sum(number, base=10):
    total = 0
    number = abs(number)
    while number:
        total += number % base
        number //= base
    return total
