const { createCart, addItem, subtotal, total, itemCount } = require('../src/cart');

function filledCart() {
  const cart = createCart();
  addItem(cart, { sku: 'pen', price: 2.5 }, 4);
  addItem(cart, { sku: 'book', price: 15 });
  return cart;
}

describe('cart', () => {
  test('adding the same item twice merges the lines', () => {
    const cart = createCart();
    addItem(cart, { sku: 'pen', price: 2.5 });
    addItem(cart, { sku: 'pen', price: 2.5 }, 2);
    expect(cart.items).toHaveLength(1);
    expect(cart.items[0].quantity).toBe(3);
  });

  test('subtotal sums price times quantity', () => {
    expect(subtotal(filledCart())).toBe(25);
  });

  test('item count', () => {
    expect(itemCount(filledCart())).toBe(5);
  });

  test('a percentage code lowers the total', () => {
    expect(total(filledCart(), 'SAVE10')).toBe(22.5);
  });

  test('an unknown code changes nothing', () => {
    expect(total(filledCart(), 'NOPE')).toBe(25);
  });
});
