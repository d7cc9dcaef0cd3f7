export type Priority = 'low' | 'normal' | 'high';

export interface Task {
  title: string;
  priority: Priority;
  done: boolean;
}

export const RANK: Record<Priority, number> = { high: 0, normal: 1, low: 2 };
