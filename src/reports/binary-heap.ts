/**
 * A binary heap: the item that comes first by `before` sits at the root. Used where a full sort would
 * hold too much: a bounded top-N selection, and the merge of sorted runs.
 */
export class BinaryHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  /** The root, or undefined when empty. */
  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const { items } = this;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(items[index]!, items[parent]!)) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  /** Puts `item` in the root's place (cheaper than pop then push). */
  replaceRoot(item: T): void {
    this.items[0] = item;
    this.siftDown();
  }

  /** Removes the root. */
  pop(): T | undefined {
    const { items } = this;
    const root = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) this.replaceRoot(last);
    return root;
  }

  /** The items in heap order (not sorted). */
  toArray(): T[] {
    return [...this.items];
  }

  private siftDown(): void {
    const { items } = this;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let first = index;
      if (left < items.length && this.before(items[left]!, items[first]!)) first = left;
      if (right < items.length && this.before(items[right]!, items[first]!)) first = right;
      if (first === index) return;
      this.swap(index, first);
      index = first;
    }
  }

  private swap(i: number, j: number): void {
    const item = this.items[i]!;
    this.items[i] = this.items[j]!;
    this.items[j] = item;
  }
}
