export function hourlyCapacity(seats: number, intervalS: number): number {
  return Math.floor(3600 / intervalS) * seats;
}

export function windStatus(gustKmh: number, sustainedKmh: number): string {
  if (gustKmh >= 90) {
    return 'closed';
  } else {
    if (sustainedKmh >= 60) {
      return 'slow';
    }
    return 'open';
  }
}
