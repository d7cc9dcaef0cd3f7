// A line of the clock's printout: the ring number, three spaces, the time the bird was clocked in.
const PRINTOUT_LINE = /^(GB\d{2}[A-Z]\d{3,5}) {3}(\d{2}):(\d{2}):(\d{2})$/;

function parsePrintout(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const match = PRINTOUT_LINE.exec(line);
      if (!match) throw new Error(`unreadable clock line: ${line}`);
      const [, ring, hours, minutes, seconds] = match;
      return { ring, seconds: Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) };
    });
}

const secondsOf = (time) => {
  const [hours, minutes, seconds = 0] = time.split(':').map(Number);
  return hours * 3600 + minutes * 60 + seconds;
};

module.exports = { parsePrintout, secondsOf };
