'use strict';

// The cooperage's tables, kept private in the module pattern the yard's old code was written in:
// the bilge girth decides how many staves, 9 cm wide, go round a cask.
const cooperage = (function () {
  const STAVE_CM = 9;
  const SIZES = [
    { name: 'firkin', litres: 41, bilgeCm: 180 },
    { name: 'kilderkin', litres: 82, bilgeCm: 225 },
    { name: 'barrique', litres: 225, bilgeCm: 306 },
  ];

  function sizeFor(litres) {
    const size = SIZES.find((s) => s.litres === litres);
    if (size === undefined) throw new Error(`no cask of ${litres} litres`);
    return size;
  }

  return { STAVE_CM, sizeFor };
})();

function staves({ litres, wood }) {
  const size = cooperage.sizeFor(litres);
  return { name: size.name, wood, staves: Math.ceil(size.bilgeCm / cooperage.STAVE_CM) };
}

module.exports = { staves };
