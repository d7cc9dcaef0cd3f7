export interface TurbineSpec {
  id: string;
  ratedKw: number;
  hubM: number;
}

// One turbine a line, 'T01 rated=3600 hub=105', with an optional '# comment' after it.
export function parseConfig(text: string): TurbineSpec[] {
  const specs: TurbineSpec[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.slice(0, raw.indexOf('#')).trim();
    if (!line) continue;
    const [id, ...fields] = line.split(/\s+/);
    const values = Object.fromEntries(fields.map((field) => field.split('=')));
    const ratedKw = Number(values.rated);
    const hubM = Number(values.hub);
    if (!Number.isFinite(ratedKw) || !Number.isFinite(hubM)) throw new Error(`bad turbine line: ${raw}`);
    specs.push({ id, ratedKw, hubM });
  }
  return specs;
}
