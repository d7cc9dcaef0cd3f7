// The hats the workroom makes: bench minutes and prices by style, and what trimmings add.
const STYLES = {
  fedora: { minutes: 360, pence: 8500 },
  cloche: { minutes: 300, pence: 7200 },
  boater: { minutes: 270, pence: 6400 },
  fascinator: { minutes: 135, pence: 3900 },
};

const TRIM_PENCE = { ribbon: 450, feather: 900, veil: 1200 };
const TRIM_MINUTES = 20;

function styleOf(name) {
  const style = STYLES[name];
  if (!style) throw new Error(`unknown style: ${name}`);
  return style;
}

function hatPrice(hat) {
  const trims = hat.trims ?? [];
  return styleOf(hat.style).pence + trims.reduce((sum, trim) => sum + TRIM_PENCE[trim], 0);
}

function hoursFor(hat) {
  const trims = hat.trims ?? [];
  return (styleOf(hat.style).minutes + trims.length * TRIM_MINUTES) / 60;
}

// Customers give their head size in centimetres, in inches round the head, or as a hat size:
// the hatters' scale is the head's width in inches, so the round measure is the size times pi.
function headCm(size, unit) {
  switch (unit) {
    case 'cm': return size;
    case 'in': return Math.round(size * 2.54 * 10) / 10;
    case 'hat': { const round = size * Math.PI; return Math.round(round * 2.54 * 10) / 10; }
    default: throw new Error(`unknown unit: ${unit}`);
  }
}

module.exports = { hatPrice, headCm, hoursFor, styleOf };
