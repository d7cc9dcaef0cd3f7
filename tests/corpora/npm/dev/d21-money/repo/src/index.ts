export { currencyInfo, type CurrencyInfo } from './currency';
export { add, format, fromCents, multiply, parse, subtract, type Money } from './money';
export { allocate, splitEvenly } from './allocate';
