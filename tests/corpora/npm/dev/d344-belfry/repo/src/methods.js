// An extent rings every order of the bells once: n! changes.
function extent(bells) {
  let changes = 0;
  for (let n = 2; n <= bells; n += 1) {
    changes *= n;
  }
  return changes;
}

function isPeal(changes) {
  return changes >= 5000;
}

// Each change strikes every bell once, with a gap of one blow at every handstroke (every second change).
function pealMinutes(changes, bells, strikeMs) {
  const blows = changes * bells + Math.floor(changes / 2);
  return Math.round((blows * strikeMs) / 60000);
}

module.exports = { extent, isPeal, pealMinutes };
