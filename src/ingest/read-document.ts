/** Read a file from disk into a ReadDocument, whatever its format. */
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { DocumentReadError, type ReadDocument } from './types.ts';
import { sniffFormat } from './sniff-format.ts';
import { decodeText } from './decode-text.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';
import { readHtml } from './read-html.ts';
import { readText } from './read-text.ts';
import { checkFileSize, checkTextBytes } from './size-limits.ts';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

export async function readDocument(path: string): Promise<ReadDocument> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isFile()) checkFileSize(path, info.size);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof DocumentReadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message;
    throw new DocumentReadError(path, `cannot be read (${what}); check the path`);
  }
  const format = sniffFormat(bytes, path);
  if (format === 'txt' || format === 'html') checkTextBytes(path, bytes.length);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  switch (format) {
    case 'txt': {
      const { text, encoding } = decodeText(bytes, path);
      return readText(text, path, { format, encoding, sha256 });
    }
    case 'html': {
      const { text: html, encoding } = decodeHtml(bytes, path);
      const { text, metadataTitle } = readHtml(html);
      return readText(text, path, { format, encoding, sha256, metadataTitle });
    }
    case 'docx': {
      const { text, metadataTitle } = await readDocx(bytes, path);
      return readText(text, path, { format, encoding: null, sha256, metadataTitle });
    }
    case 'pdf': {
      const { text, metadataTitle } = await readPdf(bytes, path);
      return readText(text, path, { format, encoding: null, sha256, metadataTitle });
    }
  }
}

/** HTML declares its charset in a <meta>; trust a declared GBK/GB2312/GB18030/Big5, otherwise detect. */
function decodeHtml(bytes: Uint8Array, path: string): { text: string; encoding: string } {
  const declared = META_CHARSET.exec(Buffer.from(bytes.subarray(0, 2048)).toString('latin1'))?.[1]?.toLowerCase();
  if (declared && /^(gbk|gb2312|gb18030|big5)$/.test(declared) && !(bytes[0] === 0xef && bytes[1] === 0xbb)) {
    const encoding = declared === 'big5' ? 'Big5' : 'GB18030';
    return { text: new TextDecoder(encoding === 'Big5' ? 'big5' : 'gb18030').decode(bytes), encoding };
  }
  return decodeText(bytes, path);
}

export { DocumentReadError };
