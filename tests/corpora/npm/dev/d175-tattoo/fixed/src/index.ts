export * from './aftercare';
export * from './needles';
export * from './session';
