// Entry of a recognition worker thread (recognise-pool.ts): TypeScript is loaded through tsx's API,
// resolved from this file, so the worker starts the same from `tsx`, `node --import tsx` or vitest.
import { register } from 'tsx/esm/api';

register();
await import('./recognise-worker.ts');
