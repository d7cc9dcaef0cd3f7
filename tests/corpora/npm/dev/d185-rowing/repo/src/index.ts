export * from './split';
export * from './crew';
export * from './session';
