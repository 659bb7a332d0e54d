import { readFileSync, statSync } from 'node:fs';
import { loadConfig, MAX_CONFIG_BYTES, tooLarge } from '../../core/config/load.js';
import type { ConfigFile } from '../../ports/workspace.js';

/**
 * Reads and loads the config file; a missing file is not an error here (commands given explicit
 * paths work without one). `display` is the path to show in diagnostics.
 */
export function readConfigFile(configPath: string, display: string): ConfigFile {
  let size: number;
  try {
    const stat = statSync(configPath);
    if (!stat.isFile()) return { exists: false };
    size = stat.size;
  } catch {
    return { exists: false };
  }
  if (size > MAX_CONFIG_BYTES) {
    return {
      exists: true,
      diagnostics: [tooLarge(size, display)],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  let text: string;
  try {
    text = readFileSync(configPath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      exists: true,
      diagnostics: [
        {
          code: 'config/unreadable',
          severity: 'error',
          message: `the config file could not be read (${reason})`,
          file: display,
        },
      ],
      locate: () => ({ line: 1, column: 1 }),
    };
  }
  return { exists: true, ...loadConfig(text, display) };
}
