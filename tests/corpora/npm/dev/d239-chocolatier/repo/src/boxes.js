// A box holds a number of bonbons; the price is per bonbon plus the box itself.
const BOX_PENCE = { 9: 120, 16: 180, 25: 240 };

function boxPrice(fillings, bonbonPence) {
  const size = fillings.length;
  if (!(size in BOX_PENCE)) throw new Error(`no box for ${size}`);
  let total = BOX_PENCE[size];
  for (const filling of fillings) {
    total = total + (filling === 'gold leaf' ? bonbonPence * 2 : bonbonPence);
  }
  return total;
}

module.exports = { boxPrice };
