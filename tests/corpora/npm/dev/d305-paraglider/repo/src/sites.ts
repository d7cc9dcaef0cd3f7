export interface Site {
  name: string;
  facing: string[];
  maxWindKmh: number;
}

export function parseSite(line: string): Site {
  const [name, facing, wind] = line.split(';').map((part) => part.trim());
  return { name, facing: facing.split(',').trim(), maxWindKmh: Number(wind) };
}

export function flyable(site: Site, windFrom: string, windKmh: number): boolean {
  return site.facing.includes(windFrom) && windKmh <= site.maxWindKmh;
}
