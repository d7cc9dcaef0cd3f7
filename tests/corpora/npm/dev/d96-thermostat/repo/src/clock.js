// 'H:MM' or 'HH:MM' to minutes after midnight.
function parseTime(text) {
  const m = /^(\d{1,2}):(\d\d)$/.exec(text);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new Error(`not a time: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function formatTime(minutes) {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

module.exports = { formatTime, parseTime };
