/**
 * Every pipeline of a repository without a config file: the Python modules that define a
 * `@dsl.pipeline` and the compiled IR files, found from their text (nothing is imported or run).
 * The files are those git knows (`git ls-files`: tracked, plus untracked ones not ignored);
 * outside a git repository, a walk of the folder. Virtualenvs, node_modules and kfp-action's
 * own output folder are skipped.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { looksLikePipelineSpec, scanPython, type ScannedModule } from '../../core/compile/scan.js';
import { SKIPPED_FOLDERS, sourceKind } from '../../core/compile/sources.js';
import type { Logger } from '../../ports/logger.js';
import type { RepositoryPipelines } from '../../ports/workspace.js';
import { tryListRepositoryFiles } from '../git/git.js';

/** Larger files are not pipeline sources (a dataset, a generated dump): not read. */
const MAX_SOURCE_BYTES = 4 * 1024 * 1024;
/** A walk (no git) stops after this many entries: a home folder is not a repository. */
const MAX_WALK_ENTRIES = 50_000;

const posix = (p: string) => p.split(path.sep).join('/');

/** True for a folder that is a Python environment (virtualenv, venv, conda) by its content. */
function isEnvironment(dir: string): boolean {
  return existsSync(path.join(dir, 'pyvenv.cfg')) || existsSync(path.join(dir, 'conda-meta'));
}

function walk(root: string, skip: (dir: string) => boolean, logger: Logger): string[] {
  const out: string[] = [];
  const stack = [root];
  let seen = 0;
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (++seen > MAX_WALK_ENTRIES) {
        logger.warning(
          `stopped looking for pipelines after ${MAX_WALK_ENTRIES} files in ${root}: run kfp-action in the repository's folder, or list the pipelines in kfp-action.yaml`,
        );
        return out;
      }
      const full = path.join(dir, e.name);
      // Symbolic links are not followed (no loops, nothing outside the folder).
      if (e.isDirectory()) {
        if (!skip(full)) stack.push(full);
      } else if (e.isFile()) {
        out.push(posix(path.relative(root, full)));
      }
    }
  }
  return out.sort();
}

/**
 * Finds the repository's pipelines below `root`. `outputDirs` (absolute) are kfp-action's own
 * output folders: never searched.
 */
export async function findRepositoryPipelines(
  root: string,
  outputDirs: readonly string[],
  logger: Logger,
): Promise<RepositoryPipelines> {
  const outputs = outputDirs.map((d) => path.resolve(d));
  const skippedDir = new Map<string, boolean>();
  const skip = (dir: string): boolean => {
    let known = skippedDir.get(dir);
    if (known === undefined) {
      known =
        SKIPPED_FOLDERS.has(path.basename(dir)) ||
        outputs.some((o) => dir === o) ||
        isEnvironment(dir);
      skippedDir.set(dir, known);
    }
    return known;
  };
  /** A listed file is skipped when any folder between the root and it is. */
  const insideSkipped = (rel: string): boolean => {
    const parts = rel.split('/');
    let dir = root;
    for (const part of parts.slice(0, -1)) {
      dir = path.join(dir, part);
      if (skip(dir)) return true;
    }
    return false;
  };

  const listed = await tryListRepositoryFiles(root);
  const listing = listed ? 'git' : 'walk';
  const files = listed
    ? listed.filter((f) => sourceKind(f) && !insideSkipped(f)).sort()
    : walk(root, skip, logger).filter((f) => sourceKind(f));

  const modules: ScannedModule[] = [];
  const ir: string[] = [];
  for (const file of files) {
    const abs = path.join(root, file);
    let text: string;
    try {
      const stat = statSync(abs);
      if (!stat.isFile() || stat.size > MAX_SOURCE_BYTES) continue;
      text = readFileSync(abs, 'utf8');
    } catch {
      continue; // deleted but still in the index, or unreadable: not a pipeline we can check
    }
    if (sourceKind(file) === 'python') {
      if (!text.includes('pipeline')) continue;
      const scan = scanPython(text);
      if (scan.pipelines.length) modules.push({ file, scan });
    } else if (looksLikePipelineSpec(text)) {
      ir.push(file);
    }
  }
  logger.debug(
    `found ${modules.length} pipeline module(s) and ${ir.length} compiled IR file(s) among ${files.length} files (${listing === 'git' ? 'git ls-files' : 'folder walk'})`,
  );
  return { modules, ir, listing };
}
