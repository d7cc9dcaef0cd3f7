// A lesson is booked for a pupil at a time; the kite size is chosen on the beach when it is left out.
export interface Lesson {
  pupil: string;
  startIso: string;
  kiteM2: number?;
}

const SLOT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export function slotLabel(lesson: Lesson): string {
  const kite = lesson.kiteM2 === undefined ? 'kite on the day' : `${lesson.kiteM2} m² kite`;
  return `${lesson.pupil}: ${SLOT.format(new Date(lesson.startIso))}, ${kite}`;
}

// A kite for the wind: the stronger the wind, the smaller the kite, for a rider of 75 kg.
export function kiteFor(knots: number): number {
  if (knots < 10) throw new Error('too little wind for a lesson');
  if (knots > 30) throw new Error('too much wind for a lesson');
  return knots <= 15 ? 12 : knots <= 22 ? 9 : 7;
}
