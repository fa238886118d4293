/**
 * A character trie over surface forms, for longest-match lookup in one pass: from a position, walk
 * the text while the trie has the next character, remembering the last node that ends a surface.
 * No substring is built and no length is tried that the text cannot continue.
 */
interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  value: T | undefined;
}

const STARTS = 1;
const ONE_CHAR = 2;
const pairKey = (first: number, second: number): number => ((first << 5) ^ second) & 0xffff;

export class SurfaceTrie<T> {
  private readonly root: TrieNode<T> = { next: null, value: undefined };
  /**
   * Per code unit: STARTS when it starts some surface, ONE_CHAR when it is a surface of its own. Most
   * positions of a text start none: a table read answers them without the root's Map lookup (this
   * runs at every position of every sentence).
   */
  private readonly starts = new Uint8Array(0x10000);
  /** 1 at pairKey(first, second) of every surface of two or more characters (a hash: a 1 may be a collision). */
  private readonly pairs = new Uint8Array(0x10000);
  size = 0;

  set(surface: string, value: T): void {
    if (surface.length > 0) {
      const first = surface.charCodeAt(0);
      this.starts[first] = this.starts[first]! | STARTS | (surface.length === 1 ? ONE_CHAR : 0);
      if (surface.length >= 2) this.pairs[pairKey(first, surface.charCodeAt(1))] = 1;
    }
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
    if (this.root.value === undefined && this.noSurfaceAt(text, pos)) return null;
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

  /** Whether some surface starts at `pos` in `text` (the shortest one is enough). */
  startsAt(text: string, pos: number): boolean {
    if (this.root.value !== undefined) return true;
    if (this.noSurfaceAt(text, pos)) return false;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = pos; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) return false;
      if (node.value !== undefined) return true;
    }
    return false;
  }

  /** True when the tables show that no surface (of one or more characters) starts at `pos`. */
  private noSurfaceAt(text: string, pos: number): boolean {
    if (pos >= text.length) return true;
    const first = text.charCodeAt(pos);
    const kind = this.starts[first]!;
    if (kind === 0) return true;
    if ((kind & ONE_CHAR) !== 0) return false;
    return pos + 1 >= text.length || this.pairs[pairKey(first, text.charCodeAt(pos + 1))] === 0;
  }
}
