"""Knapsack and coin problems."""


def knapsack(items, capacity):
    """Best total value of (weight, value) items within capacity, each used at most once."""
    best = [0] * (capacity + 1)
    for weight, value in items:
        for room in range(capacity, weight - 1, -1):
            best[room] = max(best[room], best[room - weight] + value)
    return best[capacity]


def min_coins(coins, amount):
    """Fewest coins summing to amount, or -1."""
    inf = amount + 1
    best = [0] + [inf] * amount
    for total in range(1, amount + 1):
        for coin in coins:
            if coin <= total:
                best[total] = min(best[total], best[total - coin] + 1)
    return best[amount] if best[amount] != inf else -1


def ways_to_change(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]
