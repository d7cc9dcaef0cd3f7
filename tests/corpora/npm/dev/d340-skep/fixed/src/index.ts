export * from './colony';
export * from './frames';
export * from './varroa';
