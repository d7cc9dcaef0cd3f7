// A dart as the scorer writes it: '5' or 'S5' (a single), 'D16', 'T20', 'OB' (outer bull, 25), 'BULL' (50), 'MISS'.
function parseDart(text) {
  const t = text.trim().toUpperCase();
  if (t === 'MISS') return { text: t, score: 0, double: false };
  if (t === 'OB') return { text: t, score: 25, double: false };
  if (t === 'BULL') return { text: t, score: 50, double: true };
  const m = /^([SDT]?)(\d{1,2})$/.exec(t);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 20) throw new Error(`not a dart: ${text}`);
  const times = { '': 1, S: 1, D: 2, T: 3 }[m[1]];
  return { text: t, score: times * Number(m[2]), double: m[1] === 'D' };
}

function scoreOf(text) {
  return parseDart(text).score;
}

module.exports = { parseDart, scoreOf };
