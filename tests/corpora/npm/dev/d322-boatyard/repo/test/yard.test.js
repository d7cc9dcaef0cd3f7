const { Haulout, paintOrder } = require('../src/yard');

test('estimates the wetted area and the antifouling it takes', () => {
  const job = new Haulout({ waterlineM: 8, beamM: 2.9, draughtM: 1.5 }, 4);
  expect(job.wettedArea).toBe(26.4);
  expect(job.paint).toBe(7);
});

test('paints the coats a boat asks for', () => {
  const job = new Haulout({ waterlineM: 8, beamM: 2.9, draughtM: 1.5, coats: 3 }, 4);
  expect(job.paint).toBe(10);
});

test('orders the paint for several haul-outs at once', () => {
  const a = new Haulout({ waterlineM: 8, beamM: 2.9, draughtM: 1.5 }, 4);
  const b = new Haulout({ waterlineM: 8, beamM: 2.9, draughtM: 1.5, coats: 3 }, 2);
  expect(paintOrder(12.5, a, b)).toEqual({ litres: 17, cost: 212.5 });
});
