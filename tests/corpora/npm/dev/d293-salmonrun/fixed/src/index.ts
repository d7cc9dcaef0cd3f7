export * from './counts';
export * from './rivers';
