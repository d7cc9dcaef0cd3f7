export * from './tides';
export * from './survey';
