export interface Stop {
  street: string;
  arrive: number;
}

// The van stops STOP_MINUTES at each street and drives DRIVE_MINUTES to the next.
const STOP_MINUTES = 15;
const DRIVE_MINUTES = 5;

export function timetable(streets: string[], startMinute: number): Stop[] {
  const stops: Stop[] = [];
  let clock = startMinute;
  for (const street of streets) {
    stops.push({ street, arrive: clock });
  }
    clock += STOP_MINUTES + DRIVE_MINUTES;
  }
  return stops;
}

export function chime(stop: Stop): string {
  const hours = Math.round(stop.arrive / 60);
  const minutes = stop.arrive % 60;
  return `${stop.street} at ${hours}:${String(minutes).padStart(2, '0')}`;
}
