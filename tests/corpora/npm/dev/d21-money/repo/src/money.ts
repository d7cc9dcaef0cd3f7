import { currencyInfo } from './currency';

/** An amount in minor units (cents), so that adding never rounds. */
export interface Money {
  readonly cents: number;
  readonly currency: string;
}

export function fromCents(cents: number, currency: string): Money {
  if (!Number.isInteger(cents)) {
    throw new RangeError(`not a whole number of minor units: ${cents}`);
  }
  currencyInfo(currency);
  return { cents, currency: currency.toUpperCase() };
}

export function parse(text: string, currency: string): Money {
  const { decimals } = currencyInfo(currency);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) {
    throw new Error(`not an amount: ${JSON.stringify(text)}`);
  }
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > decimals) {
    throw new Error(`too many decimals for ${currency}: ${text}`);
  }
  const cents = Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || 0);
  return fromCents(sign ? -cents : cents, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new Error(`cannot mix ${a.currency} and ${b.currency}`);
  }
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return fromCents(a.cents + b.cents, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return fromCents(a.cents - b.cents, a.currency);
}

/** Multiplies by a rate (a tax, a discount), rounding half away from zero to the minor unit. */
export function multiply(money: Money, factor: number): Money {
  const exact = money.cents * factor;
  const rounded = Math.sign(exact) * Math.round(Math.abs(exact));
  return fromCents(rounded + 0, money.currency);
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function format(money: Money): string {
  const { decimals, symbol } = currencyInfo(money.currency);
  const abs = Math.abs(money.cents);
  const factor = 10 ** decimals;
  const sign = money.cents < 0 ? '-' : '';
  const whole = group(String(Math.floor(abs / factor)));
  if (decimals === 0) {
    return `${sign}${symbol}${whole}`;
  }
  const fraction = String(money.cents % factor).padStart(decimals, '0');
  return `${sign}${symbol}${whole}.${fraction}`;
}
