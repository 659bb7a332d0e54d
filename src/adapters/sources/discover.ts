import { globSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  dedupeSources,
  isGlob,
  SKIPPED_FOLDERS,
  sourceKind,
  type PipelineSource,
  type SourcePattern,
} from '../../core/compile/sources.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Discovery } from '../../ports/workspace.js';

const skipped = (p: string | { name: string }) =>
  SKIPPED_FOLDERS.has(path.basename(typeof p === 'string' ? p : p.name));

function tryStat(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Expands each pattern against the file system: a file is taken as it is, a folder means every
 * `*.py` below it, a glob every matching `.py` / `.yaml` / `.yml` / `.json`. A pattern that
 * matches nothing is an error located where it is written.
 */
export function discoverSources(
  patterns: readonly SourcePattern[],
  display: (absolutePath: string) => string,
): Discovery {
  const sources: PipelineSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of patterns) {
    const select = {
      ...(p.entry?.function ? { function: p.entry.function } : {}),
      ...(p.entry?.name ? { name: p.entry.name } : {}),
      ...(p.entryIndex !== undefined ? { entryIndex: p.entryIndex } : {}),
    };
    const where = p.at ?? {};
    const absolute = path.resolve(p.base, p.pattern);
    let matched: string[];
    let explicit = false;
    if (isGlob(p.pattern)) {
      matched = globSync(p.pattern, { cwd: p.base, exclude: skipped })
        .map((m) => path.resolve(p.base, m))
        .filter((m) => sourceKind(m) && tryStat(m)?.isFile());
    } else {
      const stat = tryStat(absolute);
      if (stat?.isDirectory()) {
        matched = globSync('**/*.py', { cwd: absolute, exclude: skipped }).map((m) =>
          path.resolve(absolute, m),
        );
      } else if (stat?.isFile()) {
        if (!sourceKind(absolute)) {
          diagnostics.push({
            code: 'compile/unknown-source-type',
            severity: 'error',
            message: `source "${p.pattern}" is neither a Python module (.py) nor compiled IR (.yaml, .yml, .json)`,
            ...(p.at ? where : { file: display(absolute) }),
          });
          continue;
        }
        matched = [absolute];
        explicit = true;
      } else {
        matched = [];
      }
    }
    if (matched.length === 0) {
      diagnostics.push({
        code: 'compile/source-not-found',
        severity: 'error',
        message: `source "${p.pattern}" matches no pipeline file (looked in ${display(p.base)}${
          p.at ? ', relative to the config file' : ''
        })`,
        ...where,
      });
      continue;
    }
    for (const file of matched.sort()) {
      sources.push({ path: file, kind: sourceKind(file)!, explicit, ...select });
    }
  }
  return { sources: dedupeSources(sources), diagnostics };
}
