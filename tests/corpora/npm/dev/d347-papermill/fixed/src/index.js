export { describeOrder, priceOrders, sheetsNeeded } from './orders.js';
export { reams, sharedFibres } from './stock.js';
