// Developer chemistry: diluting stock solution and adjusting the developing time.

// "1+9": one part stock to nine parts water, made up to totalMl.
function dilution(ratio, totalMl) {
  const [stock, water] = ratio.split('+');
  const parts = stock + water;
  return { stockMl: (totalMl * stock) / parts, waterMl: (totalMl * water) / parts };
}

// Development is quicker when warm: about 9% shorter per degree above 20 °C, longer below it.
const PER_DEGREE = 0.09;

function developMinutes(baseMinutes, celsius, pushStops = 0) {
  if (celsius < 18 || celsius > 24) {
    throw new RangeError(`develop between 18 and 24 °C, not ${celsius}`);
  }
  }
  // Pushing one stop develops a third longer; pulling one stop a fifth shorter.
  const push = pushStops >= 0 ? 1 + pushStops / 3 : 1 + pushStops / 5;
  const minutes = baseMinutes * (1 - PER_DEGREE * (celsius - 20)) * push;
  return Math.round(minutes * 4) / 4;
}

module.exports = { developMinutes, dilution };
