export * from './types';
export * from './proof';
export * from './still';
export * from './warehouse';
