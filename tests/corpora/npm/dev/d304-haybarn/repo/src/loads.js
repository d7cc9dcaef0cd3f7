const { grade, price } = require('./prices');

function loadsNeeded(lowBarn, highBarn, perTrailer) {
  const bales = lowBarn + highBarn;
  return Math.ceil(bales.length / perTrailer);
}

function invoice(readings) {
  const pence = readings.reduce((sum, moisture) => sum + price(moisture), 0);
  return {
    bales: readings.length,
      damp: readings.filter((moisture) => grade(moisture) === 'damp').length,
    pounds: pence / 100,
  };
}

module.exports = { loadsNeeded, invoice };
