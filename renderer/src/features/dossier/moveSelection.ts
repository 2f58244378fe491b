import type { GridRow } from './gridRows';

function moveVertically(rows: readonly GridRow[], rowOfPage: readonly number[], current: number, step: -1 | 1): number {
  const row = rowOfPage[current]!;
  const here = rows[row];
  const col = here?.type === 'pages' ? here.items.findIndex((i) => i.index === current) : 0;
  for (let r = row + step; r >= 0 && r < rows.length; r += step) {
    const target = rows[r]!;
    if (target.type === 'pages') return target.items[Math.min(col, target.items.length - 1)]!.index;
  }
  return current;
}

export type Move = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

/** The flat page index after an arrow key: left/right step through pages, up/down keep the column. */
export function moveSelection(rows: readonly GridRow[], rowOfPage: readonly number[], current: number, move: Move): number {
  const last = rowOfPage.length - 1;
  if (last < 0) return -1;
  if (current < 0) return 0;
  if (move === 'left') return Math.max(0, current - 1);
  if (move === 'right') return Math.min(last, current + 1);
  if (move === 'home') return 0;
  if (move === 'end') return last;
  return moveVertically(rows, rowOfPage, current, move === 'up' ? -1 : 1);
}

export const KEY_MOVES: Readonly<Record<string, Move>> = {
  ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'home', End: 'end',
};
