import { CLASS_LIMITS_KG, teamWeight, weightClass, type Puller, type Team } from './teams.js';
import { standings, type Result } from './table.js';

export { CLASS_LIMITS_KG, standings, teamWeight, weightClass, type Puller, type Result, type Team };

export function weighIn(teams: Team[]): Array<{ team: string; kg: number; weightClass: string }> {
  return teams.map((team) => ({ team: team.name, kg: teamWeight(team.members), weightClass: weightClass(team) }));
}
