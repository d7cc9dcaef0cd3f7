export interface Plant {
  name: string;
  // Days between two waterings in the growing season.
  everyDays: number;
  // The last watering, as an ISO date (YYYY-MM-DD).
  lastWatered: string;
  potLitres: number;
}
