// The scoreboard lists the players by name in alphabetical order, however the names were typed, and stars the
// leaders.
export function scoreboard(players) {
  const rows = [...players].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const top = Math.max(...rows.map((player) => player.points));
  const lines = [];
  for (const player of rows) {
    lines.push(player.points === top ? `${player.name} * ${player.points}` : `${player.name} ${player.points}`);
  }
  return lines;
}
