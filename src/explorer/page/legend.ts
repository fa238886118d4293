/** The legend: one swatch per entity type and relation type (or a note on community colouring). */
import { TYPE_COLOURS } from '../../export/palette.ts';
import { el } from './dom.ts';
import type { ColourMode } from './colouring.ts';
import { RELATION_COLOURS } from './style.ts';
import { TYPE_LABELS, RELATION_LABELS } from './labels.ts';

export function renderLegend(box: HTMLElement, mode: ColourMode, communityCount: number): void {
  const items: HTMLElement[] = [];
  if (mode === 'type') {
    for (const [type, colour] of Object.entries(TYPE_COLOURS)) {
      items.push(el('li', { 'data-type': type }, el('span', { class: 'swatch', style: `background:${colour}` }), `${TYPE_LABELS[type] ?? type}`));
    }
  } else {
    items.push(el('li', {}, `${communityCount} communities (Louvain over the drawn graph)`));
  }
  for (const [type, colour] of Object.entries(RELATION_COLOURS)) {
    items.push(el('li', { 'data-relation': type }, el('span', { class: 'line', style: `background:${colour}` }), `${RELATION_LABELS[type] ?? type}`));
  }
  box.replaceChildren(el('ul', {}, ...items));
}
