/**
 * .pdf with a text layer → text with unpdf (pdf.js), page by page. Lines that hold only a page number
 * ("12", "- 12 -", "第12页") are dropped. A PDF whose text layer is empty was scanned: it needs OCR first.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { DocumentReadError } from './types.ts';
import type { ExtractedText } from './read-docx.ts';

const PAGE_NUMBER_LINE = /^[\s\-—–]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*\/\s*\d{1,4})?[\s\-—–]*$/;

export async function readPdf(bytes: Uint8Array, path: string): Promise<ExtractedText> {
  let pages: string[];
  let title: string | null = null;
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const meta = await pdf.getMetadata().catch(() => null);
    const info = meta?.info as { Title?: unknown } | undefined;
    title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : null;
    pages = (await extractText(pdf, { mergePages: false })).text;
    await pdf.destroy();
  } catch (err) {
    throw new DocumentReadError(path, `is not a valid PDF (${(err as Error).message}); check that the file is complete`);
  }
  const text = pages
    .map((page) => page.split(/\r?\n/).filter((line) => !PAGE_NUMBER_LINE.test(line)).join('\n'))
    .join('\n');
  if (text.trim() === '') throw new DocumentReadError(path, 'has no text layer (scanned?); run OCR first');
  return { text, metadataTitle: title };
}
