const { readParts } = require('./parts');
const { plan, shoppingList, SECTION_MM } = require('./flue');

module.exports = { readParts, plan, shoppingList, SECTION_MM };
