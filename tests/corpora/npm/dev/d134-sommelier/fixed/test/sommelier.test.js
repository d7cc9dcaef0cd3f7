const { bottlesFor, drinkingWindow, pastItsBest, readyToDrink, servingTemperature, winesForTonight } = require('../src');

const CELLAR = [
  { name: 'Rioja Reserva', style: 'red', vintage: 2016, from: 5, until: 15 },
  { name: 'Chablis', style: 'white', vintage: 2022, from: 2, until: 8 },
  { name: 'Beaujolais', style: 'red', vintage: 2019, from: 1, until: 5 },
  { name: 'Champagne', style: 'sparkling', vintage: 2018, from: 3, until: 12 },
];

describe('cellar', () => {
  test('opens the window years after the vintage', () => {
    expect(drinkingWindow(CELLAR[0])).toEqual([2021, 2031]);
  });

  test('lists the wines ready this year', () => {
    expect(readyToDrink(CELLAR, 2026)).toEqual(['Rioja Reserva', 'Chablis', 'Champagne']);
  });

  test('lists the wines past their best', () => {
    expect(pastItsBest(CELLAR, 2026)).toEqual(['Beaujolais']);
  });
});

describe('service', () => {
  test('knows the serving temperature of a style', () => {
    expect(servingTemperature({ style: 'fortified' })).toBe(15);
    expect(() => servingTemperature({ style: 'orange' })).toThrow('unknown style');
  });

  test('opens enough bottles for every glass', () => {
    expect(bottlesFor(8, 2)).toBe(4);
    expect(bottlesFor(6, 2, 1500)).toBe(2);
  });

  test('serves the coolest first', () => {
    expect(winesForTonight(CELLAR, 2026).map((wine) => wine.name)).toEqual(['Champagne', 'Chablis', 'Rioja Reserva']);
  });
});
