// The garage's tariff, in cents: free for the first graceMinutes, then each started hour costs hourly,
// and no 24 hours cost more than dailyMax.
const STANDARD = { graceMinutes: 15, hourly: 250, dailyMax: 1800 };

function fee(minutes, tariff = STANDARD) {
  if (minutes <= tariff.graceMinutes) {
    return 0;
  }
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  const restFee = Math.min(Math.ceil(rest / 60) * tariff.hourly, tariff.dailyMax);
  return days * tariff.dailyMax + restFee;
}

module.exports = { STANDARD, fee };
