/**
 * A character trie over surface forms, for longest-match lookup in one pass: from a position, walk
 * the text while the trie has the next character, remembering the last node that ends a surface.
 * No substring is built and no length is tried that the text cannot continue.
 */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  value: T | undefined;
}

export class SurfaceTrie<T> {
  private readonly root: TrieNode<T> = { next: null, value: undefined };
  size = 0;

  set(surface: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < surface.length; i++) {
      const code = surface.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) {
        child = { next: null, value: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    node.value = value;
  }

  /** The longest surface that starts at `pos` in `text`: its length and value, or null. */
  longestAt(text: string, pos: number): { length: number; value: T } | null {
    let node: TrieNode<T> | undefined = this.root;
    let length = 0;
    let value: T | undefined;
    for (let i = pos; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) {
        length = i + 1 - pos;
        value = node.value;
      }
    }
    return value === undefined ? null : { length, value };
  }
}
