// The scoreboard lists the players by name in alphabetical order, however the names were typed, and stars the
// leaders.
export function scoreboard(players) {
  const rows = [...players].sort((a, b) => (a.name < b.name ? -1 : 1));
  const top = Math.max(...rows.map((player) => player.points));
  const lines = [];
  for (const player of rows) {
    player.points === top ? lines.push(`${player.name} * ${player.points}`) : lines.push(`${player.name} ${player.points}`);
  }
  return lines;
}
