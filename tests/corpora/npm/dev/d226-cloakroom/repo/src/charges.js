const PRICE_PENCE = { coat: 150, bag: 200, umbrella: 50 };

// A ticket sold at the door carries no hours (null) and pays for one hour.
function charge(kind, hours = 1) {
  return PRICE_PENCE[kind] * Math.ceil(hours);
}

function takings(items) {
  return items.reduce((sum, item) => sum + charge(item.kind, item.hours), 0);
}

module.exports = { PRICE_PENCE, charge, takings };
