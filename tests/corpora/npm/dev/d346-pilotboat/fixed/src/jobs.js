const { nextHighWater } = require('./tides');

function etaMinutes(distanceNm, knots) {
  return Math.ceil((distanceNm / knots) * 60);
}

async function boardingNote(job) {
  const tide = await nextHighWater(job.port, job.after);
  return `${job.ship} at ${job.port}: high water ${tide.at} (${tide.height.toFixed(1)} m)`;
}

function assignPilot(job, pilots) {
  const pilot = pilots.find((p) => p.ports.includes(job.port));
  if (pilot) pilot.busy = true;
  return pilot ? pilot.name : null;
}

module.exports = { assignPilot, boardingNote, etaMinutes };
