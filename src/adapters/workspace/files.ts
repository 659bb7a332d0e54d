/** The file half of the Workspace port, over node:fs. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Workspace } from '../../ports/workspace.js';

export const fileAccess: Pick<
  Workspace,
  'readFile' | 'readText' | 'tryFileSize' | 'exists' | 'writeFile' | 'makeDir' | 'scratchDir'
> = {
  readFile: (file) => readFileSync(file),
  readText: (file) => readFileSync(file, 'utf8'),
  tryFileSize: (file) => {
    try {
      const stat = statSync(file);
      return stat.isFile() ? stat.size : undefined;
    } catch {
      return undefined;
    }
  },
  exists: (p) => existsSync(p),
  writeFile: (file, data) => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  },
  makeDir: (folder) => void mkdirSync(folder, { recursive: true }),
  scratchDir: (prefix) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
  },
};
