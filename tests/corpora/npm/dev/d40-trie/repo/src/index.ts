export { normalizeWord } from './normalize';
export { Trie } from './trie';
export type { Completion } from './trie';
