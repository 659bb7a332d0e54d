import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const RELATIVE = path.join('python', 'kfp_action_compile.py');

/**
 * Absolute path of python/kfp_action_compile.py. The action runs from dist/ (or dist/chunks/) and
 * the tests from src/: walk up from this module's folder to the folder that holds python/.
 */
export function compileProgramPath(
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, RELATIVE);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`${RELATIVE} was not found above ${from}; the action is incomplete`);
    }
    dir = parent;
  }
}
