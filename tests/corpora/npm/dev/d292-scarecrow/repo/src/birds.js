// How many of the birds that come each posture of the scarecrow scares off.
const DETERRENCE = {
  crow(count, posture) {
    return posture === 'arms-out' ? count : Math.floor(count / 2);
  pigeon(count) {
    return Math.floor(count / 3);
  },
  starling(count, posture) {
    return posture === 'flapping' ? count : 0;
  },
};

function scared(kind, count, posture) {
  const rule = DETERRENCE[kind];
  if (!rule) throw new Error(`unknown bird: ${kind}`);
  return rule(count, posture);
}

module.exports = { scared };
