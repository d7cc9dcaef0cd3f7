export const COINS = [200, 100, 50, 20, 10, 5] as const;
export type Coin = (typeof COINS)[number];
export type CoinBox = Map<Coin, number>;

export function isCoin(value: number): value is Coin {
  return (COINS as readonly number[]).includes(value);
}

export function total(coins: readonly number[]): number {
  return coins.reduce((sum, coin) => sum + coin, 0);
}

// Greedy change from the coins in the box, largest first (exact for this coin system when the box is
// full enough); null when the box cannot make the amount. The box is not touched.
export function makeChange(amount: number, box: CoinBox): Coin[] | null {
  const change: Coin[] = [];
  let left = amount;
  for (const coin of COINS) {
    let available = box.get(coin) ?? 0;
    while (left >= coin && available > 0) {
      change.push(coin);
      left -= coin;
      available -= 1;
    }
  }
  return left === 0 ? change : null;
}
