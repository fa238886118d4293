/**
 * What a file is, from its first bytes, checked against its extension. Binary containers are recognised
 * by their signature whatever the extension (%PDF-, a ZIP, an OLE2 compound file); HTML by its markup or
 * its extension; everything else with a text extension is text.
 */
import { extname } from 'node:path';
import { DocumentReadError, type SourceFormat } from './types.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.docx', '.pdf', '.html', '.htm'] as const;
const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<!--)/i;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export function sniffFormat(bytes: Uint8Array, path: string): SourceFormat {
  const ext = extname(path).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new DocumentReadError(
      path,
      `unsupported file type "${ext || '(no extension)'}"; PlanGraph reads ${SUPPORTED_EXTENSIONS.join(', ')} files`,
    );
  }
  if (bytes.length === 0) throw new DocumentReadError(path, 'the file is empty (0 bytes); nothing to read');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new DocumentReadError(path, 'is a legacy Word 97-2003 (.doc) or other OLE2 file; save it as .docx and read that');
  }
  if (ext === '.docx') throw new DocumentReadError(path, 'is not a valid .docx: it is not a ZIP archive; save it again from Word');
  if (ext === '.pdf') throw new DocumentReadError(path, 'is not a valid PDF: it does not start with "%PDF-"; check that the file is complete');
  if (ext === '.html' || ext === '.htm') return 'html';
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/\0/g, '');
  return HTML_START.test(head) ? 'html' : 'txt';
}
