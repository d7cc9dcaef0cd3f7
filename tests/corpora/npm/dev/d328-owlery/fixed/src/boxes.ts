export interface BoxVisit {
  box: string;
  date: string;
  occupied: boolean;
}

export class BoxRound {
  private readonly visits: BoxVisit[] = [];

  record(visit: BoxVisit): void {
    if (!this.inSeason(visit.date)) {
      throw new Error(`${visit.date} is outside the survey season`);
    }
    this.visits.push(visit);
  }

  // Boxes are checked from April to July, months 3 to 6 of a Date.
  inSeason(date: string): boolean {
    const month = new Date(`${date}T12:00:00Z`).getUTCMonth();
    return month >= 3 && month <= 6;
  }

  occupancy(): number {
    const occupied = this.visits.filter((visit) => visit.occupied).length;
    return this.visits.length === 0 ? 0 : occupied / this.visits.length;
  }
}
