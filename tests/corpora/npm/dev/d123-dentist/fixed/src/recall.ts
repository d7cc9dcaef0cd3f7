import type { Visit } from './types';

const RECALL_MONTHS = 6;

export function parseDate(text: string): Date {
  const [year, month, day] = text.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// The next check-up is due six months after the patient's last one.
export function nextRecall(visits: Visit[], patient: string): string | null {
  const checkUps = visits
    .filter((visit) => visit.patient === patient && visit.treatment === 'check-up')
    .map((visit) => visit.date)
    .sort();
  if (checkUps.length === 0) {
    return null;
  }
  const due = parseDate(checkUps[checkUps.length - 1]);
  due.setUTCMonth(due.getUTCMonth() + RECALL_MONTHS);
  return formatDate(due);
}
