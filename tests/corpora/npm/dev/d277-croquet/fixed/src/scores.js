// The score book writes the hoops H1 to H12.
const HOOP = /^H(\d{1,2})$/;

export function hoopNumber(text) {
  const match = HOOP.exec(text);
  if (!match || Number(match[1]) > 12) throw new Error(`not a hoop: ${text}`);
  return Number(match[1]);
}

// The board shows a side's lead in hoops as a sign and two digits: +07, -03.
export function leadText(lead) {
  const digits = String(Math.abs(lead)).padStart(2, '0');
  return lead < 0 ? `-${digits}` : `+${digits}`;
}
