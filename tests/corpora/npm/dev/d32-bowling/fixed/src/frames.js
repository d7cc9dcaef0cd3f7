const { validateRolls } = require('./validate');

const FRAMES = 10;

// Splits a game's rolls into frames: a strike is a frame of one roll, the tenth frame holds up to three.
function splitFrames(rolls) {
  validateRolls(rolls);
  const frames = [];
  let i = 0;
  for (let frame = 0; frame < FRAMES && i < rolls.length; frame += 1) {
    if (frame === FRAMES - 1) {
      const count = rolls[i] === 10 || rolls[i] + rolls[i + 1] === 10 ? 3 : 2;
      frames.push(rolls.slice(i, i + count));
      i += count;
    } else if (rolls[i] === 10) {
      frames.push([10]);
      i += 1;
    } else {
      const pair = rolls.slice(i, i + 2);
      if (pair.length === 2 && pair[0] + pair[1] > 10) {
        throw new RangeError(`frame ${frame + 1} knocks down more than 10 pins`);
      }
      frames.push(pair);
      i += 2;
    }
  }
  if (i < rolls.length) {
    throw new RangeError('more rolls than a game has');
  }
  return frames;
}

// A game is over after ten frames, with the bonus rolls a strike or spare in the tenth frame earns.
function isComplete(rolls) {
  const frames = splitFrames(rolls);
  if (frames.length < FRAMES) {
    return false;
  }
  const [first, second] = frames[FRAMES - 1];
  const needed = first === 10 || first + second === 10 ? 3 : 2;
  return frames[FRAMES - 1].length === needed;
}

module.exports = { splitFrames, isComplete, FRAMES };
