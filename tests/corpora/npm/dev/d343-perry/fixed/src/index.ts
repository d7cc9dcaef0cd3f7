export * from './gravity';
export * from './cellar';
