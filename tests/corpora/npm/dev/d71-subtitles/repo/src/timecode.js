// SubRip timecodes: "01:02:03,456" (hours, minutes, seconds, milliseconds), as milliseconds.
function parseTimecode(text) {
  const match = /^(\d{2,}):([0-5]\d):([0-5]\d)[,.](\d{3})$/.exec(text.trim());
  if (!match) {
    throw new SyntaxError(`not a timecode: '${text}'`);
  }
  const [hours, minutes, seconds, millis] = match.slice(1).map(Number);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

function formatTimecode(ms) {
  const two = (n) => String(n).padStart(2, '0');
  const seconds = Math.floor(ms / 1000);
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)},${String(ms % 1000).padStart(3, '0')}`;
}

module.exports = { parseTimecode, formatTimecode };
