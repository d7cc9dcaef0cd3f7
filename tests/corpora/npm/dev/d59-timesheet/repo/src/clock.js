// Clock times ("8:30", "17:05") as minutes since midnight, and minute counts back as "h:mm".
function parseClock(text) {
  const match = /^(\d{1,2}):(\d{2})$/.exec(String(text).trim());
  if (!match) {
    throw new SyntaxError(`not a clock time: '${text}'`);
  }
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) {
    throw new RangeError(`no such time: '${text}'`);
  }
  return hours * 60 + minutes;
}

function formatMinutes(total) {
  const sign = total < 0 ? '-' : '';
  const abs = Math.abs(total);
  const hours = Math.round(abs / 60);
  const minutes = abs % 60;
  return `${sign}${hours}:${minutes.padStart(2, '0')}`;
}

module.exports = { parseClock, formatMinutes };
