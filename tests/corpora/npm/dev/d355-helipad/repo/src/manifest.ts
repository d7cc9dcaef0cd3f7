export interface Passenger {
  name: string;
  kg: number;
}

// The booking form sends 'name, kg' for each passenger, the passengers separated by semicolons.
export function parseManifest(text: string): Passenger[] {
  return text.split(';').map((entry) => {
    const [name, kg] = entry.split(',').trim();
    return { name, kg: Number(kg) };
  });
}

// Every passenger who weighed in brings a bag; a line without a weight is a seat held for later.
export function payloadKg(passengers: Passenger[], bagKg = 5): number {
  let total = 0;
  for (const passenger of passengers) {
    if (passenger.kg > 0)
      total += passenger.kg + bagKg;
    }
  }
  return total;
}

export function canLift(passengers: Passenger[], maxPayloadKg: number): boolean {
  return payloadKg(passengers) <= maxPayloadKg;
}
