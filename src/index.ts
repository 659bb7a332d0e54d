// The action's entry point (action.yml runs dist/index.js): Node's compile cache, then run().
// The cache (NODE_COMPILE_CACHE, else under the OS temp folder) must be on before the action's
// modules load, hence the dynamic import (static imports would load first).
import { enableCompileCache } from 'node:module';

try {
  enableCompileCache();
} catch {
  // A cache that cannot be used only costs speed.
}
const { run } = await import('./main.js');

await run();
