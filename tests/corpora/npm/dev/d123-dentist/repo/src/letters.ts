import { patientPays, formatPounds } from './fees';
import { formatDate, nextRecall } from '.';
import type { Plan, Visit } from './types';

// The reminder letter's lines: what the patient paid this year and when to book the next check-up.
export function reminder(visits: Visit[], patient: string, plan: Plan | null, today: Date): string[] {
  const own = visits.filter((visit) => visit.patient === patient);
  const paid = own.reduce((sum, visit) => sum + patientPays(visit, plan), 0);
  const due = nextRecall(visits, patient);
  return [
    `Dear ${patient},`,
    `This year you paid ${formatPounds(paid)} for ${own.length} visit(s).`,
    due === null ? 'Please book a check-up.' : `Your next check-up is due on ${due} (today is ${formatDate(today)}).`,
  ];
}
