// The parlour's meter log: one 'cow litres' line per milking, e.g. 'C07 14.5'.
function parseReading(line) {
  const [cow, litres] = line.trim().split(/\s+/);
  const value = Number(litres);
  if (!/^C\d{2}$/.test(cow) || !Number.isFinite(value)) throw new Error(`unreadable line: ${line}`);
  return { cow, litres: value };
}

// A line the meter garbled is kept with no milk, so that the cow still shows up in the report.
function readMeter(text) {
  const readings = [];
  for (const line of text.trim().split('\n')) {
    try {
      readings.push(parseReading(line));
    } catch (error) {
      readings.push({ cow: line.trim().split(/\s+/)[0], litres: 0, error: error.message });
    }
  }
  return readings;
}

module.exports = { parseReading, readMeter };
