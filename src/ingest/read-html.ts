/**
 * HTML → text with node-html-parser: script, style, nav (and noscript, template, head) are dropped;
 * block elements (p, div, h1–h6, li, tr, td, br …) end a paragraph; <title> is the metadata title.
 */
import { parse, NodeType, type Node, type HTMLElement } from 'node-html-parser';
import type { ExtractedText } from './read-docx.ts';

const DROPPED = new Set(['script', 'style', 'nav', 'noscript', 'template', 'head', 'iframe', 'svg', 'object']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'blockquote', 'pre', 'address',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'hr', 'br', 'form', 'fieldset', 'body', 'html',
]);

export function readHtml(html: string): ExtractedText {
  const root = parse(html.replace(/<!doctype[^>]*>/gi, ''), { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const title = root.querySelector('title')?.text.trim() || null;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      // Source line breaks inside a text run are layout, not paragraphs.
      parts.push(node.text.replace(/[\r\n]+/g, ' '));
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (DROPPED.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return { text: parts.join(''), metadataTitle: title };
}
