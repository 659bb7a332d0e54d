import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The text of a starter workflow (`workflows/<name>` of the action). The action runs from dist/
 * (or dist/chunks/) and the tests from src/: walk up from this module's folder to the folder that
 * holds workflows/, as for python/ (src/adapters/kfp-compiler/program.ts).
 */
export function starterWorkflow(
  name: string,
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'workflows', name);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    if (path.dirname(dir) === dir) {
      throw new Error(`workflows/${name} was not found above ${from}; the action is incomplete`);
    }
  }
}
