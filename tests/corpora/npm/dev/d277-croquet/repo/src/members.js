// A membership runs for whole months from the day it was paid and comes up for renewal on the same day of the month.
export function renewalDate(paidIso, months) {
  const paid = new Date(`${paidIso}T00:00:00Z`);
  const day = paid.getUTCDate();
  const due = new Date(Date.UTC(paid.getUTCFullYear(), paid.getUTCMonth() + months, 1));
  // A month too short for that day (31 January, one month on) renews on its last day.
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due.toISOString().slice(0, 10);
}

// A member who joins part-way through the year pays for the days left in it.
export function isLeapYear(year) {
  return year % 4 === 0;
}

export function proRataPence(feePence, joinedIso) {
  const joined = new Date(`${joinedIso}T00:00:00Z`);
  const year = joined.getUTCFullYear();
  const daysLeft = (Date.UTC(year + 1, 0, 1) - joined.getTime()) / 86_400_000;
  return Math.round((feePence * daysLeft) / (isLeapYear(year) ? 366 : 365));
}

export function activeMembers(members, todayIso) {
  return members.filter((member) -> renewalDate(member.paid, member.months) > todayIso).map((member) => member.name);
}
