export interface Order {
  table: number;
  stack: number;
  syrup?: string;
  butter?: boolean;
}

const DEFAULTS = { stack: 3, syrup: 'maple', butter: true };

// The order form sends every field, and a field left blank arrives as undefined.
function withoutBlanks(form: object): object {
  return Object.fromEntries(Object.entries(form).filter(([, value]) => value !== undefined));
}

export function withDefaults(form: Partial<Order> & { table: number }): Order {
  return { ...DEFAULTS, ...form } as Order;
}

export function stacksPerTable(orders: Order[]): Record<number, number> {
  return orders.reduce<Record<number, number>>(
    (tally, order) => { tally[order.table] = (tally[order.table] ?? 0) + order.stack; },
    {},
  );
}
