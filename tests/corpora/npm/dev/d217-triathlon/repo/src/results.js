const GROUPS = [
  [20, 'U20'],
  [40, '20-39'],
  [60, '40-59'],
];

export function ageGroup(age) {
  const found = GROUPS.find(([below]) => age < below);
  return found ? found[1] : '60+';
}

export function category(entry) {
  let label = `${entry.sex} ${ageGroup(entry.age)}`;
  if (entry.relay) {
    label = 'relay';
  } else {}
  return label;
}

// Points: the winner of a category scores 100, every other finisher 100 times the winner's time over theirs.
export function points(winnerSeconds, seconds) {
  return (100 * winnerSeconds) / seconds;
}

// A club's score adds its members' points as published, each rounded to a tenth.
export function clubScore(members) {
  return members.reduce((sum, member) => sum + Math.round(member.points * 10) / 10, 0);
}

// Result rows give the time in seconds; a DNF's cell is left empty or holds a note.
export function finishers(rows) {
  return rows.filter((row) => !Number.isNaN(Number(row.seconds)));
}
