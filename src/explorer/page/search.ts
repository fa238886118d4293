/** The search box: suggestions as you type (Chinese, short forms, pinyin, initials), limited by the type and region filters. */
import { gql } from './api.ts';
import { byId, debounce, el } from './dom.ts';
import { searchRegion, selectedEntityTypes } from './filters.ts';
import { TYPE_LABELS } from './labels.ts';
import { setStatus } from './panel.ts';
import { SEARCH, type EntityRef } from './queries.ts';
import { NODE_TYPES } from '../../graph/model.ts';

type Hit = { entity: EntityRef & { aliases: string[] }; matchedBy: string };

export function setUpSearch(onPick: (entity: EntityRef) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId('suggestions');
  let hits: Hit[] = [];
  // The text a pick put in the box: a suggestion still pending for it is not shown again.
  let picked: string | null = null;

  const pick = (hit: Hit) => {
    list.replaceChildren();
    input.value = hit.entity.name;
    picked = input.value;
    onPick(hit.entity);
  };

  const suggest = debounce(async () => {
    const q = input.value.trim();
    if (q === '' || input.value === picked) return list.replaceChildren();
    const types = selectedEntityTypes();
    try {
      const data = await gql<{ search: Hit[] }>(SEARCH, { q, types: types.length === NODE_TYPES.length ? null : types, region: searchRegion() });
      if (input.value.trim() !== q || input.value === picked) return;
      hits = data.search;
      list.replaceChildren(
        ...hits.map((h) => {
          const item = el(
            'li',
            { role: 'option', 'data-id': h.entity.id },
            el('span', { class: 'name' }, h.entity.name),
            el('span', { class: 'muted' }, ` ${TYPE_LABELS[h.entity.type] ?? h.entity.type}${h.entity.aliases.length > 0 ? ` · ${h.entity.aliases.slice(0, 3).join('、')}` : ''}`),
          );
          item.addEventListener('click', () => pick(h));
          return item;
        }),
      );
      if (hits.length === 0) list.replaceChildren(el('li', { class: 'muted' }, `Nothing matches “${q}”.`));
    } catch (err) {
      setStatus(String((err as Error).message), true);
    }
  }, 200);

  input.addEventListener('input', () => {
    picked = null;
    suggest();
  });
  document.addEventListener('click', (event) => {
    if (!list.contains(event.target as Node) && event.target !== input) list.replaceChildren();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && hits[0]) pick(hits[0]);
    if (event.key === 'Escape') list.replaceChildren();
  });
}
