/** .docx → raw text with mammoth (one paragraph per line; table cells become paragraphs) and the core title. */
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { DocumentReadError } from './types.ts';

export interface ExtractedText {
  text: string;
  metadataTitle: string | null;
}

export async function readDocx(bytes: Uint8Array, path: string): Promise<ExtractedText> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch (err) {
    throw new DocumentReadError(path, `is not a valid .docx: the ZIP archive is damaged or truncated (${(err as Error).message}); save it again from Word`);
  }
  if (zip.file('word/document.xml') === null) {
    throw new DocumentReadError(path, 'is a ZIP archive but not a Word document (it has no word/document.xml); save it as .docx from Word');
  }
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer })).value;
  } catch (err) {
    throw new DocumentReadError(path, `is not a valid .docx: mammoth could not read it (${(err as Error).message}); save it again from Word`);
  }
  const core = await zip.file('docProps/core.xml')?.async('string');
  const title = core ? /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1]?.trim() : undefined;
  return { text, metadataTitle: title ? decodeXmlEntities(title) : null };
}

function decodeXmlEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}
