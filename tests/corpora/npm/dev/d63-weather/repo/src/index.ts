export { daily } from './daily';
export type { Day } from './daily';
export { dewPoint } from './dewpoint';
export { parseLog, parseReading } from './readings';
export type { Reading } from './readings';
export { round, toCelsius, toFahrenheit } from './units';
