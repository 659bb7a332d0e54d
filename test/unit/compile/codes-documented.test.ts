import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const SOURCES = [
  'src/core/compile',
  'src/core/config',
  'src/adapters/kfp-compiler',
  'src/adapters/sources',
  'src/adapters/config',
  'src/commands/compile.ts',
  'src/commands/compile-pipelines.ts',
];

function files(p: string): string[] {
  const full = path.join(root, p);
  return p.endsWith('.ts') ? [full] : readdirSync(full).map((f) => path.join(full, f));
}

describe('compile/… and config/… codes', () => {
  it('each code the compile stage emits has its heading in docs/TROUBLESHOOTING.md', () => {
    const used = new Set<string>();
    for (const f of SOURCES.flatMap(files)) {
      for (const m of readFileSync(f, 'utf8').matchAll(/'((?:compile|config)\/[a-z-]+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(25);
    const doc = readFileSync(path.join(root, 'docs/TROUBLESHOOTING.md'), 'utf8');
    const documented = new Set(
      [...doc.matchAll(/^### ((?:compile|config)\/[a-z-]+)$/gm)].map((m) => m[1]!),
    );
    expect([...used].filter((c) => !documented.has(c)).sort()).toEqual([]);
    expect([...documented].filter((c) => !used.has(c)).sort()).toEqual([]);
  });
});
