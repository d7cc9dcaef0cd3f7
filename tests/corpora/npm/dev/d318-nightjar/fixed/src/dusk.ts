export interface Call {
  territory: string;
  at: Date;
}

export function minutesAfter(sunset: Date, call: Call): number {
  return Math.round((call.at.getTime() - sunset.getTime()) / 60000);
}

export function inWindow(sunset: Date, call: Call): boolean {
  const minutes = minutesAfter(sunset, call);
  return minutes >= 0 && minutes <= 90;
}
