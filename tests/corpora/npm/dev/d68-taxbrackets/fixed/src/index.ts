export { parseBrackets } from './brackets.js';
export type { Bracket } from './brackets.js';
export { payslip } from './payslip.js';
export type { Payslip } from './payslip.js';
export { effectiveRate, incomeTax, marginalRate } from './tax.js';
