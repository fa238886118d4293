/** Command-line values shared by the commands. */

/**
 * The whole number given as `--name` (undefined when not given), at least `least`.
 * Throws an Error whose message the command prints with its usage (exit 2).
 */
export function wholeOption(name: string, text: string | undefined, least: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < least) throw new Error(`--${name} takes a whole number of at least ${least}, got "${text}".`);
  return n;
}
