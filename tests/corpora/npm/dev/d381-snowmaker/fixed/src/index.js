import { canMakeSnow, wetBulbC, WET_BULB_LIMIT_C } from './weather.js';
import { fleet, runningGuns, snowDepthCm } from './guns.js';

export { canMakeSnow, wetBulbC, WET_BULB_LIMIT_C, fleet, runningGuns, snowDepthCm };

export function nightPlan({ guns, forecast, areaM2 }) {
  const coldHours = forecast.filter((hour) => canMakeSnow(hour.airC, hour.humidityPct)).length;
  const running = runningGuns(fleet(guns));
  return { coldHours, guns: running.length, depthCm: snowDepthCm(running, coldHours, areaM2) };
}
