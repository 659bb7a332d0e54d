import { describe, expect, it } from '@jest/globals';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../support/validate/variants.js';

/** Every code the loader and the validator can emit has its own heading in TROUBLESHOOTING.md. */
describe('docs/TROUBLESHOOTING.md', () => {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs/TROUBLESHOOTING.md'), 'utf8');
  const headings = new Set([...doc.matchAll(/^### (\S+)$/gm)].map((m) => m[1]));
  const sources = globSync('src/{core/spec,core/validate}/*.ts', { cwd: REPO_ROOT }).concat(
    'src/commands/validate.ts',
  );
  const codes = new Set(
    sources.flatMap((f) =>
      [
        ...readFileSync(path.join(REPO_ROOT, f), 'utf8').matchAll(
          /'((?:load|schema|graph|types|placeholder|naming|platform|validate)\/[a-z-]+)'/g,
        ),
      ].map((m) => m[1]!),
    ),
  );

  it('finds the codes in the sources', () => {
    expect(codes.size).toBeGreaterThan(40);
  });

  it.each([...codes].sort())('documents %s', (code) => {
    expect(headings.has(code)).toBe(true);
  });
});
