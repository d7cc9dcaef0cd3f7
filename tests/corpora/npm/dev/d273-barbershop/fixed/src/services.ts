import { PRICES } from './prices';

export abstract class Service {
  constructor(readonly name: string) {}

  abstract pence(): number;

  line(): string {
    return `${this.name.padEnd(12)} £${(this.pence() / 100).toFixed(2)}`;
  }
}

export class Haircut extends Service {
  constructor(readonly style: 'short' | 'long') {
    super(style === 'short' ? 'Short cut' : 'Long cut');
  }

  pence(): number {
    return this.style === 'short' ? PRICES.shortCut : PRICES.longCut;
  }
}

export class BeardTrim extends Service {
  constructor() {
    super('Beard trim');
  }

  pence(): number {
    return PRICES.beardTrim;
  }
}

export function bill(services: Service[]): string {
  const total = services.reduce((sum, service) => sum + service.pence(), 0);
  return [...services.map((service) => service.line()), `${'Total'.padEnd(12)} £${(total / 100).toFixed(2)}`].join('\n');
}
