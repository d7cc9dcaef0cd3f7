export * from './types';
export * from './clock';
export * from './payroll';
export * from './format';
