import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KFP_PINNED_VERSION } from '../../../src/adapters/kfp-compiler/version.js';

const root = path.resolve(import.meta.dirname, '../../..');
const pins = new Map(
  readFileSync(path.join(root, 'requirements.txt'), 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean)
    .map((l) => l.split('==') as [string, string]),
);

describe('one kfp version', () => {
  it('the action pins the kfp of requirements.txt (and kfp-kubernetes follows it)', () => {
    expect(pins.get('kfp')).toBe(KFP_PINNED_VERSION);
    expect(pins.get('kfp-kubernetes')).toBe(KFP_PINNED_VERSION);
  });

  it('the example’s packages_to_install use the versions of requirements.txt', () => {
    const source = readFileSync(path.join(root, 'examples/breast-cancer/pipeline.py'), 'utf8');
    const used = [...source.matchAll(/"([a-z][a-z0-9-]*)==([0-9][^"]*)"/g)];
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const [, name, version] of used) expect([name, pins.get(name!)]).toEqual([name, version]);
  });

  it('the PR check workflow installs the same kfp when the repository has no requirements.txt', () => {
    const workflow = readFileSync(path.join(root, '.github/workflows/kfp-pr-check.yml'), 'utf8');
    const installed = [...workflow.matchAll(/'(kfp(?:-kubernetes)?)==([^']+)'/g)];
    expect(installed.map((m) => [m[1], m[2]])).toEqual([
      ['kfp', KFP_PINNED_VERSION],
      ['kfp-kubernetes', KFP_PINNED_VERSION],
    ]);
  });
});
