export { default as pinsPerRow } from './pricking';
export * from './threads';
export * from './patterns/torchon';
