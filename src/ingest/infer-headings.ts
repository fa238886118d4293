/**
 * Headings that lost their marker in conversion ("发展基础与环境" where "第一章 发展基础与环境" was),
 * found from the numbering around them. Candidates come from classify-lines.ts. Two rules, in document order:
 *
 * A. A heading numbered 1 at level L while the previous level-L heading had no new parent since (the
 *    numbering restarts) lacks its parent: the last candidate since the previous heading becomes it, at the
 *    nearest level above L that the document uses.
 * B. A heading numbered n at level L whose previous sibling is numbered n−2 (or is missing, for n = 2)
 *    lacks one sibling: the last candidate after the previous level-≤L heading and before any deeper
 *    heading becomes that sibling.
 */
import type { LineClass } from './classify-lines.ts';

export function inferHeadings(items: LineClass[]): void {
  const usedLevels = [...new Set(items.filter((c) => c.kind === 'heading').map((c) => c.level))].sort((a, b) => a - b);
  const lastOrdinal = new Map<number, number>();
  const lastIndexAtLevel = new Map<number, number>();

  const record = (i: number): void => {
    const { level, ordinal } = items[i]!;
    for (const l of [...lastOrdinal.keys()]) if (l > level) lastOrdinal.delete(l);
    lastOrdinal.set(level, ordinal);
    lastIndexAtLevel.set(level, i);
    for (const l of [...lastIndexAtLevel.keys()]) if (l > level) lastIndexAtLevel.delete(l);
  };
  const promote = (i: number, level: number, ordinal: number): void => {
    Object.assign(items[i]!, { kind: 'heading', level, ordinal, inferred: true });
  };

  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind !== 'heading') continue;
    const { level, ordinal } = item;
    const previous = lastOrdinal.get(level);
    if (ordinal === 1 && previous !== undefined) {
      const above = usedLevels.filter((l) => l < level).pop();
      let found = -1;
      for (let j = i - 1; j >= 0 && found === -1; j--) {
        const c = items[j]!;
        if (c.kind === 'heading' || c.kind === 'box') break;
        if (c.kind === 'candidate') found = j;
      }
      if (above !== undefined && found >= 0) {
        promote(found, above, (lastOrdinal.get(above) ?? 0) + 1);
        record(found);
      }
    } else if (ordinal >= 2 && (previous === ordinal - 2 || (previous === undefined && ordinal === 2))) {
      let regionStart = -1;
      for (const [l, idx] of lastIndexAtLevel) if (l <= level) regionStart = Math.max(regionStart, idx);
      let found = -1;
      for (let j = regionStart + 1; j < i; j++) {
        const c = items[j]!;
        if (c.kind === 'heading' && c.level > level) break;
        if (c.kind === 'candidate') found = j;
      }
      if (found >= 0) {
        promote(found, level, ordinal - 1);
        lastOrdinal.set(level, ordinal - 1);
      }
    }
    record(i);
  }
}
