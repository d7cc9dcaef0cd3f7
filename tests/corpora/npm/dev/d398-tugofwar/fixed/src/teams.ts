export interface Puller {
  name: string;
  weightKg: number;
}

export interface Team {
  name: string;
  members: Puller[];
}

// A team of eight pulls in a weight class by the sum of its members at the weigh-in.
export const CLASS_LIMITS_KG: Array<[string, number]> = [
  ['560', 560],
  ['640', 640],
  ['720', 720],
];

export function teamWeight(members: Puller[]): number {
  return members.reduce((sum, member) => sum + member.weightKg, 0);
}

export function weightClass(team: Team): string {
  const total = teamWeight(team.members);
  for (const [name, limit] of CLASS_LIMITS_KG) {
    if (total <= limit) {
      return name;
    }
  }
  return 'open';
}
