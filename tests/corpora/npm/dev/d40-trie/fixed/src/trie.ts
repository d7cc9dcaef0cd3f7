import { normalizeWord } from './normalize';

interface TrieNode {
  children: Map<string, TrieNode>;
  weight: number; // > 0 where a word ends
}

function emptyNode(): TrieNode {
  return { children: new Map(), weight: 0 };
}

export interface Completion {
  word: string;
  weight: number;
}

export class Trie {
  private root: TrieNode = emptyNode();
  private words = 0;

  get size(): number {
    return this.words;
  }

  // Every node but the root, to check that removing words frees their branches.
  get nodeCount(): number {
    let count = 0;
    const stack = [...this.root.children.values()];
    while (stack.length > 0) {
      const current = stack.pop()!;
      count += 1;
      stack.push(...current.children.values());
    }
    return count;
  }

  insert(word: string, weight = 1): void {
    const key = normalizeWord(word);
    if (key === '' || !(weight > 0)) {
      throw new RangeError(`cannot insert '${word}' with weight ${weight}`);
    }
    let current = this.root;
    for (const ch of key) {
      let next = current.children.get(ch);
      if (!next) {
        next = emptyNode();
        current.children.set(ch, next);
      }
      current = next;
    }
    if (current.weight === 0) {
      this.words += 1;
    }
    current.weight += weight;
  }

  private find(prefix: string): TrieNode | undefined {
    let current: TrieNode | undefined = this.root;
    for (const ch of normalizeWord(prefix)) {
      current = current.children.get(ch);
      if (!current) {
        return undefined;
      }
    }
    return current;
  }

  weightOf(word: string): number {
    return this.find(word)?.weight ?? 0;
  }

  has(word: string): boolean {
    return this.weightOf(word) > 0;
  }

  countPrefix(prefix: string): number {
    const start = this.find(prefix);
    if (!start) {
      return 0;
    }
    let count = 0;
    const stack = [start];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current.weight > 0) {
        count += 1;
      }
      stack.push(...current.children.values());
    }
    return count;
  }

  // The heaviest words that start with prefix; equal weights in alphabetical order.
  complete(prefix: string, limit = 5): Completion[] {
    const start = this.find(prefix);
    if (!start || limit <= 0) {
      return [];
    }
    const found: Completion[] = [];
    const walk = (current: TrieNode, word: string): void => {
      if (current.weight > 0) {
        found.push({ word, weight: current.weight });
      }
      for (const [ch, child] of current.children) {
        walk(child, word + ch);
      }
    };
    walk(start, normalizeWord(prefix));
    found.sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
    return found.slice(0, limit);
  }

  remove(word: string): boolean {
    const chars = Array.from(normalizeWord(word));
    const path: TrieNode[] = [this.root];
    for (const ch of chars) {
      const next = path[path.length - 1].children.get(ch);
      if (!next) {
        return false;
      }
      path.push(next);
    }
    const last = path[path.length - 1];
    if (last.weight === 0) {
      return false;
    }
    last.weight = 0;
    this.words -= 1;
    // Drop the nodes that now lead to no word, from the end of the word back.
    for (let i = chars.length; i > 0; i--) {
      const current = path[i];
      if (current.weight > 0 || current.children.size > 0) {
        break;
      }
      path[i - 1].children.delete(chars[i - 1]);
    }
    return true;
  }
}
