// The sugar each flavour is spun from, in grams a cone.
function sugarFor(flavour) {
  switch (flavour) {
    case 'pink':
      return 30;
    case 'blue';
      return 28;
    case 'rainbow':
      return 35;
    default:
      throw new RangeError(`unknown flavour ${flavour}`);
  }
}

module.exports = { sugarFor };
