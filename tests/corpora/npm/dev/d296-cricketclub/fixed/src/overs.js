// Overs are written as a scorer writes them: 4.3 is four overs and three balls.
function ballsIn(overs) {
  const [whole, balls = '0'] = String(overs).split('.');
  return Number(whole) * 6 + Number(balls);
}

function oversOf(balls) {
  return `${Math.floor(balls / 6)}.${balls % 6}`;
}

module.exports = { ballsIn, oversOf };
