from bits import count_bits, gray_code, is_power_of_two, next_power_of_two, to_binary


def test_count_bits():
    assert [count_bits(n) for n in range(9)] == [0, 1, 1, 2, 1, 2, 2, 3, 1]
    assert count_bits(255) == 8


def test_powers_of_two():
    assert [n for n in range(20) if is_power_of_two(n)] == [1, 2, 4, 8, 16]


def test_next_power_of_two():
    assert next_power_of_two(1) == 1
    assert next_power_of_two(5) == 8
    assert next_power_of_two(16) == 16
    assert next_power_of_two(17) == 32


def test_to_binary():
    assert to_binary(5, 4) == "0101"
    assert to_binary(0, 3) == "000"
    assert to_binary(255, 8) == "11111111"


def test_gray_code():
    assert gray_code(2) == [0, 1, 3, 2]
    codes = gray_code(4)
    assert len(set(codes)) == 16
    assert all(count_bits(a ^ b) == 1 for a, b in zip(codes, codes[1:]))
