'use strict';

// The handle a team is filed under: lower case, anything but letters and digits run together into one '-'.
function slug(name) {
  return name.trim().toLowerCase().replaceAll(/[^a-z0-9]+/g, '-');
}

// Teams of two to five; a member may sign up only once.
function validTeams(teams) {
  const seen = new Set();
  const problems = [];
  for (const team of teams) {
    if (team.members.length < 2 || team.members.length > 5) {
      problems.push(`${team.name}: ${team.members.length} members`);
    }
    for (const member of team.members) {
      if (seen.has(member)) {
        problems.push(`${team.name}: ${member} is already in a team`);
      }
      seen.add(member);
    }
  }
  return problems;
}

module.exports = { slug, validTeams };
