// Every roll is a whole number of pins between 0 and 10.
function validateRolls(rolls) {
  if (!Array.isArray(rolls)) {
    throw new RangeError('rolls must be a list of pin counts');
  }
  rolls.forEach((pins, index) => {
    if (!Number.isInteger(pins) || pins < 0 || pins > 10) {
      throw new RangeError(`roll ${index + 1} is not a pin count: ${pins}`);
    }
  });
}

module.exports = { validateRolls };
