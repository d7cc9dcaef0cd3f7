const CALL_OUT_PENCE = 6500;
const NIGHT_RATE = 1.5;

function labourPence(job) {
  let minutes;
  switch (job.kind) {
    case 'lockout':
      minutes = 30;
      break;
    case 'rekey':
      minutes = 20 * job.locks;
      break;
    case 'fit':
      minutes = 45 * job.locks;
      break;
    default:
      throw new Error(`unknown job: ${job.kind}`);
  // Labour is charged in started quarter hours, at £60 an hour.
  return Math.ceil(minutes / 15) * 1500;
}

// Jobs started from 20:00 to 06:59 are charged at the night rate.
function isNight(time) {
  const hour = Number(time.slice(0, 2));
  return hour >= 20 && hour < 7;
}

function invoicePence(job) {
  const labour = labourPence(job);
  const charged = isNight(job.time) ? Math.round(labour * NIGHT_RATE) : labour;
  return CALL_OUT_PENCE + charged + (job.partsPence ?? 0);
}

module.exports = { invoicePence, isNight, labourPence };
