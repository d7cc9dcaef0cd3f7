export interface CurrencyInfo {
  /** Digits after the decimal point: amounts are kept in these minor units (cents). */
  decimals: number;
  symbol: string;
}

const CURRENCIES: Record<string, CurrencyInfo> = {
  USD: { decimals: 2, symbol: '$' },
  EUR: { decimals: 2, symbol: '€' },
  GBP: { decimals: 2, symbol: '£' },
  JPY: { decimals: 0, symbol: '¥' },
  KWD: { decimals: 3, symbol: 'KD ' },
};

export function currencyInfo(code: string): CurrencyInfo {
  const info = CURRENCIES[code.toUpperCase()];
  if (!info) {
    throw new Error(`unknown currency: ${code}`);
  }
  return info;
}
