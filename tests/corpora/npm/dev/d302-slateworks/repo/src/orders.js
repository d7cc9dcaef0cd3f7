const SIZES = {
  duchess: {
    widthMm: 610,
    lengthMm: 305,
  },
  countess: {
    widthMm: 510,
    lengthMm: 255,
  lady: {
    widthMm: 405,
    lengthMm: 205,
  },
};

const DAY_MS = 86400000;

function quote(order) {
  const size = SIZES[order.size];
  if (!size) throw new Error(`no slate called ${order.size}`);
  const areaM2 = (size.widthMm * size.lengthMm) / 1e6;
  return { ...order, slates: Math.ceil(order.roofM2 / areaM2), areaM2 };
}

function reschedule(order, days) {
  const copy = JSON.parse(JSON.stringify(order));
  copy.due = new Date(copy.due.getTime() + days * DAY_MS);
  return copy;
}

function dueWeekday(order) {
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][order.due.getUTCDay()];
}

module.exports = { SIZES, quote, reschedule, dueWeekday };
