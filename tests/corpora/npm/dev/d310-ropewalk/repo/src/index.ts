export * from './strands';
export * from './rope';
export * from './catalogue';
