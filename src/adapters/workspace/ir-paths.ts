/** `validate`'s arguments → the IR files they name, over node:fs (Workspace.expandIrPaths). */
import { globSync, readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isGlob, SKIPPED_FOLDERS, sourceKind } from '../../core/compile/sources.js';
import { UserError } from '../../core/diagnostics.js';

const isIrFile = (name: string) => sourceKind(name) === 'ir';

function tryStat(file: string): Stats | NodeJS.ErrnoException {
  try {
    return statSync(file);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/** Every IR file below a folder, sorted, skipping .git, node_modules, virtualenvs…. */
function walk(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...walk(full));
    } else if (entry.isFile() && isIrFile(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

/** Expands the arguments into absolute file paths; a path that cannot be read is a usage error
 * (exit 2), named with the reason. A file named explicitly is taken whatever its extension. */
export function expandIrPaths(paths: readonly string[], base: string): string[] {
  const files: string[] = [];
  for (const given of paths) {
    if (isGlob(given)) {
      const matched = globSync(given, { cwd: base })
        .map((m) => path.resolve(base, m))
        .filter((m) => {
          const stat = tryStat(m);
          return isIrFile(m) && !(stat instanceof Error) && stat.isFile();
        })
        .sort();
      if (matched.length === 0) {
        throw new UserError(`no .yaml, .yml or .json file matches "${given}"`, [], 2);
      }
      files.push(...matched);
      continue;
    }
    const absolute = path.resolve(base, given);
    const stat = tryStat(absolute);
    if (stat instanceof Error) {
      const why = stat.code === 'ENOENT' ? 'no such file or folder' : stat.message;
      throw new UserError(`cannot read "${given}": ${why}`, [], 2);
    }
    if (stat.isDirectory()) {
      let inside: string[];
      try {
        inside = walk(absolute);
      } catch (error) {
        throw new UserError(`cannot read folder "${given}": ${(error as Error).message}`, [], 2);
      }
      if (inside.length === 0) {
        throw new UserError(`folder "${given}" holds no .yaml, .yml or .json file`, [], 2);
      }
      files.push(...inside);
    } else {
      files.push(absolute);
    }
  }
  return [...new Set(files)];
}
