/** The side panel: status line, the clicked node or edge, evidence sentences with plan and section, report lists. */
import { byId, el } from './dom.ts';
import { RELATION_LABELS, TYPE_LABELS } from './labels.ts';
import type { EntityRef, EvidenceOut, RegionLinkOut } from './queries.ts';

export function setStatus(message: string, error = false): void {
  const box = byId('status');
  box.textContent = message;
  box.classList.toggle('error', error);
}

export function evidenceList(evidence: EvidenceOut[]): HTMLElement {
  if (evidence.length === 0) return el('p', { class: 'muted' }, 'No evidence sentence is stored for this link.');
  return el(
    'ol',
    { class: 'evidence' },
    ...evidence.map((e) =>
      el('li', {}, el('blockquote', {}, e.sentence), el('div', { class: 'source' }, `《${e.plan?.title ?? e.document}》`, e.section ? ` · ${e.section}` : '')),
    ),
  );
}

export function showEdge(source: string, type: string, target: string, evidence: EvidenceOut[], via?: string): void {
  byId('details').replaceChildren(
    el('h3', {}, `${source} — ${RELATION_LABELS[type] ?? type} → ${target}`),
    via ? el('p', { class: 'muted' }, `via ${via}`) : '',
    evidenceList(evidence),
  );
}

export function showNode(node: EntityRef & { aliases?: string[] }, actions: HTMLElement): void {
  byId('details').replaceChildren(
    el('h3', {}, node.name),
    el('p', { class: 'muted' }, `${TYPE_LABELS[node.type] ?? node.type} · ${node.id}`),
    node.aliases && node.aliases.length > 0 ? el('p', {}, `又称 ${node.aliases.join('、')}`) : '',
    actions,
  );
}

/** One list section: a heading and rows; clicking a row calls onPick (e.g. to select the drawn edge). */
export function listSection(title: string, rows: { label: string; detail?: string; onPick?: () => void }[]): HTMLElement {
  return el(
    'section',
    { class: 'report-list' },
    el('h4', {}, `${title} (${rows.length})`),
    rows.length === 0
      ? el('p', { class: 'muted' }, '—')
      : el(
          'ul',
          {},
          ...rows.map((r) => {
            const item = el('li', {}, el('button', { type: 'button', class: 'linklike' }, r.label), r.detail ? el('span', { class: 'muted' }, ` ${r.detail}`) : null);
            if (r.onPick) item.querySelector('button')!.addEventListener('click', r.onPick);
            return item;
          }),
        ),
  );
}

export function showLists(title: string, sections: HTMLElement[]): void {
  byId('lists').replaceChildren(el('h3', {}, title), ...sections);
}

export function linkSummary(links: RegionLinkOut[]): string {
  return [...new Set(links.map((l) => (l.through ? `${l.region.name}（经${l.through.name}）` : l.region.name)))].join('、');
}
