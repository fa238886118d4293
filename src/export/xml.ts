/** XML output through fast-xml-parser's XMLBuilder (it escapes text and attributes); characters XML 1.0 forbids are dropped. */
import { XMLBuilder } from 'fast-xml-parser';

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(value: string): string {
  return value.replace(FORBIDDEN, '');
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true, processEntities: true });

/** The document with an XML declaration; `root` is { elementName: { '@_attr': ..., child: ... } }. */
export function buildXml(root: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root) as string}`;
}
