import { parseReading, peakM, type Reading } from './reading';
import { alertFor, risePerHour } from './alerts';

export { alertFor, parseReading, peakM, risePerHour, type Reading };

export function gaugeReport(log: string): { peakM: number; alert: string; risePerHour: number } {
  const readings = log.trim().split('\n').map(parseReading);
  const peak = peakM(readings);
  return { peakM: peak, alert: alertFor(peak), risePerHour: risePerHour(readings) };
}
