/**
 * Sections and paragraphs from classified lines. Sections nest by level (a heading closes every open
 * section at its level or deeper). A box title (专栏1 …) opens a section one level below the innermost
 * open section (outside any earlier box: a box closes the previous box and its list items). Headings deeper
 * than the box's parent (its numbered items, 1． …) nest inside the box and keep their marker level; a
 * heading at the parent's level or above closes it, so paragraphs after a box and before the next heading
 * are attributed to the box (boxes usually end their section).
 */
import type { Paragraph, Section } from './types.ts';
import type { LineClass } from './classify-lines.ts';
import type { LineRange } from './detect-title.ts';

export interface Structure {
  sections: Section[];
  paragraphs: Paragraph[];
}

const TRAILING_PUNCTUATION = /[。．.；;：:\s]+$/;

/** Does a heading at `level` close the innermost open section? A box stays open for deeper headings (its list items). */
function closes(stack: Section[], level: number): boolean {
  const top = stack[stack.length - 1]!;
  if (top.kind !== 'box') return top.level >= level;
  const parentLevel = stack.length > 1 ? stack[stack.length - 2]!.level : 0;
  return level <= parentLevel;
}

export function buildStructure(text: string, lines: LineRange[], items: LineClass[]): Structure {
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const stack: Section[] = [];
  const addParagraph = (start: number, end: number, isHeading: boolean): void => {
    while (start < end && text[start] === ' ') start++;
    if (end <= start) return;
    const top = stack[stack.length - 1];
    paragraphs.push({ index: paragraphs.length, start, end, section: top ? top.index : null, isHeading });
  };

  for (const item of items) {
    const { start, end } = lines[item.line]!;
    if (item.kind === 'skip') continue;
    if (item.kind !== 'heading' && item.kind !== 'box') {
      addParagraph(start, end, false);
      continue;
    }
    let level: number;
    if (item.kind === 'box') {
      // A new box closes the previous box and the list items inside it.
      const openBox = stack.findLastIndex((s) => s.kind === 'box');
      if (openBox !== -1) stack.length = openBox;
      level = (stack[stack.length - 1]?.level ?? 0) + 1;
    } else {
      level = item.level;
      while (stack.length > 0 && closes(stack, level)) stack.pop();
    }
    const parent = stack[stack.length - 1] ?? null;
    const title = text.slice(start, item.headingEnd).replace(TRAILING_PUNCTUATION, '');
    const section: Section = {
      index: sections.length,
      level,
      title,
      path: [...(parent?.path ?? []), title],
      parent: parent ? parent.index : null,
      start,
      end: item.headingEnd,
      kind: item.kind === 'box' ? 'box' : item.inferred ? 'inferred' : 'heading',
    };
    sections.push(section);
    stack.push(section);
    addParagraph(start, item.headingEnd, true);
    if (item.headingEnd < end) addParagraph(item.headingEnd, end, false);
  }
  return { sections, paragraphs };
}
