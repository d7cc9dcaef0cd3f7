import { lastScare, scaresByPlace } from './scares';
import { Train } from './train';

export function ride(names: string[]) {
  const train = new Train(2, 2);
  for (const name of names) {
    train.board(name);
  }
  return train.manifest();
}

export { lastScare, scaresByPlace, Train };
