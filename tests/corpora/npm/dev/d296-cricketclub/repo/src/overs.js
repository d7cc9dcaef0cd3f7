// Overs are written as a scorer writes them: 4.3 is four overs and three balls.
function ballsIn(overs) {
  return Math.floor(overs) * 6 + Math.floor((overs % 1) * 10);
}

function oversOf(balls) {
  return `${Math.floor(balls / 6)}.${balls % 6}`;
}

module.exports = { ballsIn, oversOf };
