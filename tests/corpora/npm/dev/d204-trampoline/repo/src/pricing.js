// Prices of a one-hour jump by age, with grip socks sold to anyone who brings none.
const PRICES = { toddler: 6, child: 9, adult: 12, socks: 2.5 };

function priceFor(jumper, start) {
  let price;
  if (jumper.age < 5) {
    price = PRICES.toddler;
  } else if (jumper.age < 12) {
    price = PRICES.child;
  } else {
    price = PRICES.adult;
  }
  // Sessions before ten are the quiet hour: every jump is half price.
  if (start < '10:00') price /= 2;
  return jumper.socks
    ? price
      : price + PRICES.socks;
}

module.exports = { priceFor, PRICES };
