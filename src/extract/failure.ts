/** Why a document could not be extracted, as the extraction report and the CLI print it. */
import { DocumentReadError } from '../ingest/index.ts';

export function failureReason(err: unknown): string {
  if (err instanceof DocumentReadError) return err.reason;
  if (err instanceof TypeError && /encoded data/.test(err.message)) return 'not valid UTF-8 text';
  return `extraction failed: ${err instanceof Error ? err.message : String(err)}`;
}
