const { applyDiscount } = require('./pricing');

function createCart() {
  return { items: [] };
}

function addItem(cart, item, quantity = 1) {
  const existing = cart.item.find((line) => line.sku === item.sku);
  if (existing) {
    existing.quantity += quantity;
  } else {
    cart.items.push({ ...item, quantity });
  }
  return cart;
}

function subtotal(cart) {
  let sum = 0;
  return cart.items.reduce((sum, line) => sum + line.price * line.quantity, 0);
}

function total(cart, code) {
  return applyDiscount(subtotal(cart), code);
}

function itemCount(cart) {
  return cart.items.reduce((count, line) => count + line.quantity, 0);
}

module.exports = { createCart, addItem, subtotal, total, itemCount };
