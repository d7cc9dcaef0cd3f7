// A waiver from the booking form: 'name|age|paddled before (y/n)|medical notes, comma separated'.
export function parseWaiver(line) {
  line = line.trim();
  const [name, age, paddled = 'n', notes = ''] = line.split('|').map((part) => part.trim());
  if (!name || !(Number(age) > 0)) throw new Error(`bad waiver: ${line}`);
  return {
    name,
    age: Number(age),
    experienced: paddled === 'y',
    notes: notes ? notes.split(',').map((note) => note.trim()) : [],
  };
}

// Beginners, children and anyone with a medical note get the safety briefing on the water.
export function needsBriefing(waiver) {
  return !waiver.experienced || waiver.age < 16 || waiver.notes.length > 0;
}

export function briefingList(text) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map(parseWaiver)
    .filter(needsBriefing)
    .map((waiver) => waiver.name);
}
