// The observing log: one line per object, 'object magnitude seeing', seeing from 1 (steady) to 5 (boiling).
export function parseLog(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [object, magnitude, seeing] = line.trim().split(/\s+/);
      return { object, magnitude: Number(magnitude), seeing };
    });
}

export function seeingLabel(seeing) {
  switch (Number(seeing)) {
    case 1:
      return 'excellent';
    case 2:
    case 3:
      return 'good';
    case 4:
      return 'poor';
    default:
      return 'unusable';
  }
}

export function loadSession(json) {
  try {
    return JSON.parse(json);
  } catch {
    return { observer: 'unknown', lines: '' };
  }
}

export function summary(json) {
  const session = loadSession(json);
  return parseLog(session.lines).map((row) => `${row.object} (${row.magnitude}): ${seeingLabel(row.seeing)}`);
}
