function rampMinutes(fromC, toC, ratePerHour) {
  return Math.round(((toC - fromC) / ratePerHour) * 60);
}

function schedule(segments) {
  let temp = 20;
  let total = 0;
  const steps = [];
  for (const seg of segments) {
    const minutes = rampMinutes(temp, seg.target, seg.rate) + seg.hold;
    total += minutes;
    temp = seg.target;
    steps.push({ target: seg.target, minutes });
  }
  return { steps, total, peak: temp };
}

function describeStep(step) {
  const target = new String(step.target);
  return `${target.padStart(4)} C for ${step.minutes} min`;
}

module.exports = { schedule, describeStep, rampMinutes };
