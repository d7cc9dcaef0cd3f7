export { parseBallots, type Ballot } from './ballot';
export { firstChoices, ranking } from './tally';
export { instantRunoff, type Result, type Round } from './irv';
export { electionFromFiles, type Reader } from './load';
