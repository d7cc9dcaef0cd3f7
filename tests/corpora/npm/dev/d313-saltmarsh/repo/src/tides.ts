export interface Tide {
  time: string;
  heightM: number;
}

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export function metresAbove(tide: Tide, marshM: number): number {
  return Math.max(0, Math.round((tide.heightM - marshM) * 100) / 100);
}
