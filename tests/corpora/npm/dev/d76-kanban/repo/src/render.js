import { cardsIn } from './board.js';

// "todo (2) | doing (1/2) | done (0)": a column with a limit shows it.
export function summary(kanban) {
  return kanban.columns
    .map(({ name, limit }) => {
      const count = cardsIn(kanban, name).length;
      return limit === null ? `${name} (${count})` : `${name} (${count}/${limit})`;
    })
    .join(' | ');
}
