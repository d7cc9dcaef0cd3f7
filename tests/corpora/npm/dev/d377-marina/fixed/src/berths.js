// A boat takes the shortest free berth she fits, so the long berths stay free for long boats.
export default function berthFor(lengthM, berths, taken) {
  const fitting = berths
    .filter((berth) => berth.lengthM >= lengthM && !taken.has(berth.id))
    .sort((a, b) => a.lengthM - b.lengthM);
  return fitting.length > 0 ? fitting[0].id : null;
}
