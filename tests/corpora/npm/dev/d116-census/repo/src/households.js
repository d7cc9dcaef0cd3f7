// Age bands of the published tables, by their labels; the last one is open-ended.
const AGE_BANDS = {
  '0-14': [0, 14],
  '15-29': [15, 29],
  '30-44': [30, 44],
  '45-64': [45, 64],
  '65+': [65, Infinity],
};

const BANDS = AGE_BANDS.map(([label, [low, high]]) => ({ label, low, high }));

function bandOf(age) {
  const band = BANDS.find((b) => age >= b.low && age <= b.high);
  if (!band) throw new Error(`no band for age ${age}`);
  return band.label;
}

// "H017; 4 Mill Lane; Ada Byrne 34 F; Tom Byrne 36 M": a household, its address and its people.
function parseHousehold(line) {
  const [id, address, ...people] = line.split(';').map((part) => part.trim());
  return {
    id,
    address,
    people: people.map((person) => {
      const match = /^(.+) (\d+) ([FMX])$/.exec(person);
      if (!match) throw new Error(`${id}: cannot read "${person}"`);
      return { name: match[1], age: Number(match[2]), sex: match[3] };
    }),
  };
}

module.exports = { BANDS, bandOf, parseHousehold };
