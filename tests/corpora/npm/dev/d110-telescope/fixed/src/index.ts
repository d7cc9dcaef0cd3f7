export * from './types';
export * from './optics';
export * from './session';
