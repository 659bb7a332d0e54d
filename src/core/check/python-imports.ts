/**
 * The import graph of a repository's own Python modules, read from the source text (no Python
 * needed): which files a pipeline module pulls in, so a change to a shared helper re-checks every
 * pipeline that uses it. Imports of installed packages resolve to no file and are ignored.
 */
import path from 'node:path';

/** Module names a Python file imports; relative ones keep their dots (`.util`, `..shared.io`). */
export function parsePythonImports(text: string): string[] {
  const out: string[] = [];
  // Join backslash and parenthesised continuations so one statement is one line.
  const joined = text
    .replace(/\\\r?\n/g, ' ')
    .replace(/\(([^()]*)\)/g, (_m, inner: string) => `(${inner.replace(/\r?\n/g, ' ')})`);
  for (const raw of joined.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    let m = /^from\s+(\.*[\w.]*)\s+import\s+(.+)$/.exec(line);
    if (m) {
      const base = m[1]!;
      const names = m[2]!.replace(/[()]/g, '').split(',');
      out.push(base);
      for (const n of names) {
        const name = n
          .trim()
          .split(/\s+as\s+/)[0]!
          .trim();
        if (name && name !== '*')
          out.push(base.endsWith('.') ? `${base}${name}` : `${base}.${name}`);
      }
      continue;
    }
    m = /^import\s+(.+)$/.exec(line);
    if (m) {
      for (const n of m[1]!.split(',')) {
        const name = n
          .trim()
          .split(/\s+as\s+/)[0]!
          .trim();
        if (name) out.push(name);
      }
    }
  }
  return out;
}

/**
 * Candidate files (relative to the import root, `/`-separated) for a module name imported from
 * `fromFile`. Relative names resolve against the importing file's package.
 */
export function moduleCandidates(name: string, fromFile: string): string[] {
  let parts: string[];
  if (name.startsWith('.')) {
    const dots = /^\.+/.exec(name)![0].length;
    let dir = path.posix.dirname(fromFile);
    for (let i = 1; i < dots; i++) dir = path.posix.dirname(dir);
    const rest = name.slice(dots).split('.').filter(Boolean);
    parts = [...(dir === '.' ? [] : dir.split('/')), ...rest];
  } else {
    parts = name.split('.').filter(Boolean);
  }
  if (!parts.length) return [];
  const stem = parts.join('/');
  return [`${stem}.py`, `${stem}/__init__.py`];
}

/**
 * Every repository file a module depends on, itself included (relative paths). `read` returns a
 * file's text, or undefined when the file does not exist in the repository.
 */
export function importClosure(
  start: string,
  read: (file: string) => string | undefined,
): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    const text = read(file);
    if (text === undefined) continue;
    for (const name of parsePythonImports(text)) {
      for (const candidate of moduleCandidates(name, file)) {
        if (seen.has(candidate) || read(candidate) === undefined) continue;
        seen.add(candidate);
        queue.push(candidate);
        // A package's __init__ runs when any module below it is imported.
        const parts = candidate.split('/');
        for (let i = parts.length - 1; i > 0; i--) {
          const init = [...parts.slice(0, i), '__init__.py'].join('/');
          if (!seen.has(init) && read(init) !== undefined) {
            seen.add(init);
            queue.push(init);
          }
        }
      }
    }
  }
  return seen;
}
