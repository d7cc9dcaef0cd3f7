const BASE_PENCE = { shirt: 9500, trousers: 12000, jacket: 28000 };
const ALTERATION_PENCE = { hem: 1500, taper: 2200, sleeves: 1800 };

class Order {
  constructor(customer, garment, alterations = []) {
    if (!(garment in BASE_PENCE)) throw new Error(`unknown garment: ${garment}`);
    this.customer = customer;
    this.garment = garment;
    this.alterations = alterations;
  }

  get subtotal() {
    let total = BASE_PENCE[this.garment];
    for (const name of this.alterations) {
      const price = ALTERATION_PENCE[name];
      if (price === undefined) throw new Error(`unknown alteration: ${name}`);
      total += price;
    }
    return total;
  }
}

// A rush order costs a quarter more; the loyalty discount is a whole percentage taken off after that.
function quote(order, { rush = false, discountPercent = 0 } = {}) {
  const rushed = rush ? order.subtotal * 1.25 : order.subtotal;
  return Math.round(rushed * (1 - discountPercent / 100));
}

function formatPence(pence) {
  return `£${(pence / 100).toFixed(2)}`;
}

module.exports = { Order, formatPence, quote };
