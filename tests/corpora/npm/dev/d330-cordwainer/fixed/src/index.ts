export * from './lasts';
export * from './stitching';
export * from './workshop';
