export { distance } from './distance';
export { check, suggest, type Misspelling } from './suggest';
export { dictionary, words } from './words';
