export { default as DyeBath } from './bath.js';
export { mordantFor, rgb } from './colour.js';
export { recipeCard } from './recipe.js';
export { percentOf } from './util.js';
