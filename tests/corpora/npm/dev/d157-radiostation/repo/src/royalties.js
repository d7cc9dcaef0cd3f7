const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

const inMorning = (hour) => hour >= 7 && hour < 10;
const inEvening = (hour) => hour >= 16 && hour < 19;

// Plays in the weekday breakfast and drive-time hours earn the higher rate.
export function peak(day, hour) {
  return WEEKDAYS.includes(day) && inMorning(hour) || inEvening(hour);
}

// The royalty log lines: "Tue 08 Harbour Lights - The Gulls" (day, hour, title - artist).
export function parseLog(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\w{3}) (\d{2}) (.+) - (.+)$/.exec(line);
      if (!match) {
        throw new Error(`bad log line: ${line}`);
      }
      return { day: match[1], hour: Number(match[2]), title: match[3], artist: match[4] };
    });
}

export function royaltyPence(plays, { peakPence = 12, offPeakPence = 5 } = {}) {
  return plays.reduce((sum, play) => sum + (peak(play.day, play.hour) ? peakPence : offPeakPence), 0);
}

// The code the licensing return wants for each kind of play: records and remixes are one code, live
// performances and studio sessions another.
export function playCode(kind) {
  switch (kind) {
    case 'record':
    case 'remix':
      return 'R';
    case 'live':
    case 'session':
    case 'live':
      return 'L';
    case 'jingle':
      return 'J';
    default:
      throw new Error(`unknown kind of play: ${kind}`);
  }
}
