const CONE_TEMP = { '06': 999, '04': 1060, 6: 1222, 10: 1285 };
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function parseLog(text) {
  return text
    .trim()
    .split('\n')
    .map((row) => {
      const [day, kiln, cone] = row.split(',');
      const date = Date.parse(`${day}T00:00:00Z`);
      if (!kiln) throw new Error(`no kiln on ${day}`);
      return { date, kiln, cone: Number(cone) };
    });
}

function summary(entries) {
  const byWeekday = {};
  let hottest = 0;
  for (const entry of entries) {
    const name = WEEKDAYS[entry.date.getUTCDay()];
    byWeekday[name] = (byWeekday[name] || 0) + 1;
    hottest = Math.max(hottest, CONE_TEMP[entry.cone]);
  }
  return { byWeekday, hottest };
}

module.exports = { parseLog, summary, CONE_TEMP };
