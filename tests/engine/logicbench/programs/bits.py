"""Bit manipulation."""


def count_bits(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def next_power_of_two(n):
    power = 1
    while power < n:
        power <<= 1
    return power


def to_binary(n, width):
    """n as a string of exactly width binary digits (most significant first)."""
    digits = []
    for position in range(width - 1, -1, -1):
        digits.append("1" if n >> position & 1 else "0")
    return "".join(digits)


def gray_code(bits):
    return [i ^ (i >> 1) for i in range(1 << bits)]
