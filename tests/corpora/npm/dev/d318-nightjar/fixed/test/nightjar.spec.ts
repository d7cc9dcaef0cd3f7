import assert from 'node:assert/strict';
import { NightSurvey, parseCall } from '../src/index.js';

const DAY = '2026-06-12';
const SUNSET = new Date(`${DAY}T20:20:00Z`);

function surveyOf(lines: string[]): NightSurvey {
  const survey = new NightSurvey(SUNSET);
  for (const line of lines) survey.record(parseCall(line, DAY));
  return survey;
}

describe('nightjar', () => {
  it('lists the territories churring within ninety minutes of sunset', () => {
    const survey = surveyOf(['heath 20:55', 'ride 21:10', 'heath 21:30', 'clearing 22:05', 'ride 19:50']);
    assert.deepEqual(survey.territories(), ['heath', 'ride']);
  });

  it('takes the median of the first churr of each territory', () => {
    const odd = surveyOf(['heath 20:55', 'ride 21:10', 'heath 20:50', 'bog 21:40']);
    assert.equal(odd.medianStart(), 50);
    const even = surveyOf(['heath 20:55', 'ride 21:10', 'bog 21:40', 'clearing 20:45']);
    assert.equal(even.medianStart(), 42.5);
  });
});
