declare module 'graphql-depth-limit' {
  import type { ValidationContext } from 'graphql/index.js'; // the CommonJS build, the one Apollo loads (vitest would pick index.mjs for 'graphql': two copies)
  export default function depthLimit(
    maxDepth: number,
    options?: { ignore?: Array<string | RegExp | ((name: string) => boolean)> },
    callback?: (depths: Record<string, number>) => void,
  ): (context: ValidationContext) => ValidationContext;
}
