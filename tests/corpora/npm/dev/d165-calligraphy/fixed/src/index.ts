export * from './strokes';
export * from './text';
