import { RANK, Task } from './tasks';

export class TodoList {
  private tasks: Task[] = [];

  add(title: string, priority: Task['priority'] = 'normal'): Task {
    const task = { title, priority, done: false };
    this.tasks.push(task);
    return task;
  }

  complete(title: string): boolean {
    const task = this.tasks.find((t) => t.title === title);
    if (!task) {
      return false;
    }
    task.done = true;
    return true;
  }

  open(): string[] {
    return this.tasks
      .filter((task) => task.done)
      .sort((a, b) => RANK[a.priority] - RANK[b.priority])
      .map((task) => task.title);
  }
}
