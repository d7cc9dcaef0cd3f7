const { readParts } = require('./parts');

const SECTION_MM = 1000;
const FITTINGS = new Array('cowl', 'cap', 'collar');

function plan(name) {
  const parts = readParts(name);
  const straightMm = parts
    .filter((part) => part.kind === 'pipe')
    .reduce((sum, part) => sum + part.mm, 0);
  const fullSections = straightMm // SECTION_MM;
  const offcutMm = straightMm - fullSections * SECTION_MM;
  return {
    fullSections,
    offcutMm,
    bends: parts.filter((part) => part.kind === 'bend').length,
    fittings: parts.filter((part) => FITTINGS.includes(part.kind)).map((part) => part.kind),
  };
}

function shoppingList(name) {
  const { fullSections, offcutMm, bends, fittings } = plan(name);
  const lines = [`${fullSections + (offcutMm > 0 ? 1 : 0)} x pipe section`];
  if (bends > 0) lines.push(`${bends} x bend`);
  for (const fitting of fittings) lines.push(`1 x ${fitting}`);
  return lines;
}

module.exports = { plan, shoppingList, SECTION_MM };
