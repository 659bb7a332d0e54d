import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

describe('dist/', () => {
  it('is the current build of src/ (run `make build` and commit dist/)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kfp-dist-'));
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), out], { cwd: root });
      const built = listFiles(out).sort();
      const committed = listFiles(path.join(root, 'dist')).sort();
      expect(committed).toEqual(built);
      for (const file of built) {
        const same = readFileSync(path.join(out, file)).equals(
          readFileSync(path.join(root, 'dist', file)),
        );
        if (!same) throw new Error(`dist/${file} is stale: run \`make build\` and commit dist/`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
