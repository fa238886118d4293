/** Filters: entity types and relation types shown (checkboxes), the region that search is limited to, the regions picked. */
import type { Core } from 'cytoscape';
import { NODE_TYPES, RELATION_TYPES } from '../../graph/model.ts';
import { gql } from './api.ts';
import { byId, el } from './dom.ts';
import { RELATION_LABELS, TYPE_LABELS } from './labels.ts';
import { REGIONS, type EntityRef } from './queries.ts';

function checkboxes(box: HTMLElement, name: string, values: readonly string[], labels: Record<string, string>, checked: (v: string) => boolean, onChange: () => void): void {
  box.replaceChildren(
    ...values.map((v) => {
      const input = el('input', { type: 'checkbox', name, value: v });
      input.checked = checked(v);
      input.addEventListener('change', onChange);
      return el('label', { class: 'check' }, input, labels[v] ?? v);
    }),
  );
}

function checkedValues(name: string): string[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map((i) => i.value);
}

export const selectedEntityTypes = (): string[] => checkedValues('entity-type');
export const selectedRelationTypes = (): string[] => checkedValues('relation-type');
export const pickedRegions = (): string[] => checkedValues('region');
export const searchRegion = (): string | null => byId<HTMLSelectElement>('search-region').value || null;

/** Hides drawn elements whose type is unchecked, and nodes left with no visible edge. */
export function applyFilters(cy: Core): void {
  const types = new Set(selectedEntityTypes());
  const relations = new Set(selectedRelationTypes());
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      n.toggleClass('hidden', !types.has(String(n.data('type'))));
    });
    cy.edges().forEach((e) => {
      e.toggleClass('hidden', !relations.has(String(e.data('type'))));
    });
    // A node drawn only for relations now hidden is hidden too (seeds and unconnected picks stay).
    cy.nodes().forEach((n) => {
      const edges = n.connectedEdges();
      if (!n.hasClass('seed') && edges.nonempty() && edges.filter((e) => !e.hasClass('hidden')).empty()) n.addClass('hidden');
    });
  });
}

export async function setUpFilters(cy: Core): Promise<void> {
  const refresh = () => applyFilters(cy);
  checkboxes(byId('entity-types'), 'entity-type', NODE_TYPES, TYPE_LABELS, () => true, refresh);
  checkboxes(byId('relation-types'), 'relation-type', RELATION_TYPES, RELATION_LABELS, (v) => v !== 'MENTIONS', refresh);
  const data = await gql<{ entities: { edges: { node: EntityRef }[] } }>(REGIONS);
  const regions = data.entities.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN'));
  byId('search-region').replaceChildren(el('option', { value: '' }, '全部地区 any region'), ...regions.map((r) => el('option', { value: r.id }, r.name)));
  const filter = byId<HTMLInputElement>('region-filter');
  const list = byId('region-list');
  list.replaceChildren(
    ...regions.map((r) => {
      const input = el('input', { type: 'checkbox', name: 'region', value: r.name, 'data-id': r.id });
      return el('label', { class: 'check region', 'data-name': r.name }, input, r.name);
    }),
  );
  filter.addEventListener('input', () => {
    const q = filter.value.trim();
    for (const label of Array.from(list.querySelectorAll<HTMLElement>('label.region'))) label.hidden = q !== '' && !(label.dataset.name ?? '').includes(q);
  });
}
