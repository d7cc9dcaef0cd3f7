export interface Dance {
  name: string;
  circuits: number;
  secondsPerCircuit: number;
}

export function danceMinutes(dance: Dance): number {
  return Math.round((dance.circuits * dance.secondsPerCircuit) / 60);
}

export function programme(dances: Dance[]): string[] {
  let minute = 0;
  const lines: string[] = [];
  for (const dance of dances) {
    lines.push(`${minute} min: ${dance.name}`);
    minute += danceMinutes(dance);
  }
  return lines;
}
