import { balance } from './roster';

const REQUIRED = 0.75;

// A rehearsal is { date, present: [names], cancelled?, dress? }; a cancelled one counts for nobody.
export function attendanceRate(register, name) {
  const held = register.filter((rehearsal) => !rehearsal.cancelled);
  const present = held.filter((rehearsal) => rehearsal.present.includes(name)).length;
  return held.length ? present / register.length : 0;
}

export function qualifies(register, name) {
  const dress = register.find((rehearsal) => rehearsal.dress && !rehearsal.cancelled);
  if (dress && !dress.present.includes(name)) return false;
  return attendanceRate(register, name) >= REQUIRED;
}

export function concertLineUp(roster, register) {
  const singing = roster.filter((singer) => qualifies(register, singer.name));
  return { singers: singing.map((singer) => singer.name), balance: balance(singing) };
}
