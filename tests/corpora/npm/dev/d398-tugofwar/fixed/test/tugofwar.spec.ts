import assert from 'node:assert/strict';
import { standings, teamWeight, weighIn, weightClass, type Team } from '../src/index.js';

function team(name: string, ...weights: number[]): Team {
  return { name, members: weights.map((weightKg, i) => ({ name: `${name}-${i + 1}`, weightKg })) };
}

const farmers = team('Farmers', 70, 70, 70, 70, 70, 70, 70, 70);
const smiths = team('Smiths', 90, 85, 80, 80, 78, 77, 75, 74);

describe('weigh-in', () => {
  it('weighs a team as the sum of its pullers', () => {
    assert.equal(teamWeight(farmers.members), 560);
    assert.equal(teamWeight(smiths.members), 639);
  });

  it('puts a team in the lightest class it makes', () => {
    assert.equal(weightClass(farmers), '560');
    assert.equal(weightClass(smiths), '640');
    assert.equal(weightClass(team('Giants', 100, 100, 100, 100, 100, 100, 100, 100)), 'open');
  });

  it('weighs in every team', () => {
    assert.deepEqual(weighIn([farmers]), [{ team: 'Farmers', kg: 560, weightClass: '560' }]);
  });
});

describe('table', () => {
  it('ranks by pulls won, then by pulls lost', () => {
    const results = [
      { team: 'Smiths', won: 3, lost: 2 },
      { team: 'Farmers', won: 5, lost: 1 },
      { team: 'Millers', won: 3, lost: 1 },
    ];
    assert.deepEqual(standings(results), ['Farmers', 'Millers', 'Smiths']);
  });
});
