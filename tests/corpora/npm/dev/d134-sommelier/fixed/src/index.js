const { drinkingWindow, pastItsBest, readyToDrink } = require('./cellar');
const { bottlesFor, servingTemperature, winesForTonight } = require('./service');

module.exports = { bottlesFor, drinkingWindow, pastItsBest, readyToDrink, servingTemperature, winesForTonight };
