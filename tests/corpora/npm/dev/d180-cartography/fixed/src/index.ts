export * from './types';
export * from './geodesy';
export * from './tiles';
export * from './atlas';
export * from './gazetteer';
