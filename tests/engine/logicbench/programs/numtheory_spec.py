from numtheory import gcd, is_prime, lcm, prime_factors, primes_up_to


def test_gcd():
    assert gcd(12, 18) == 6
    assert gcd(17, 5) == 1
    assert gcd(0, 9) == 9
    assert gcd(-4, 6) == 2


def test_lcm():
    assert lcm(4, 6) == 12
    assert lcm(7, 3) == 21
    assert lcm(0, 3) == 0


def test_is_prime():
    assert [n for n in range(30) if is_prime(n)] == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]


def test_squares_are_not_prime():
    assert not is_prime(49)
    assert not is_prime(121)


def test_primes_up_to():
    assert primes_up_to(30) == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    assert primes_up_to(2) == [2]
    assert primes_up_to(1) == []
    assert primes_up_to(49)[-1] == 47


def test_prime_factors():
    assert prime_factors(360) == [2, 2, 2, 3, 3, 5]
    assert prime_factors(97) == [97]
    assert prime_factors(1) == []
