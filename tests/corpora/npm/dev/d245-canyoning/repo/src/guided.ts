import { Descent } from './descent';

type Constructor = new (...args: any[]) => Descent;

// A guided trip is a descent with a guide, who takes at most six clients.
const Guided = <T extends Constructor>(Base: T) =>
  class extends Base {
    guide = '';
    clients: string[] = [];

    book(client: string): void {
      if (this.clients.length >= 6) throw new Error(`${this.guide} has a full group`);
      this.clients.push(client);
    }
  };

export class GuidedDescent extends Guided {}
