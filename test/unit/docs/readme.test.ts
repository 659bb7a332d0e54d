import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string }>;
  outputs: Record<string, { description: string }>;
};

describe('README', () => {
  it('names the two commands of the quick start', () => {
    expect(readme).toMatch(/make demo/);
    expect(readme).toMatch(/make test/);
  });
  it('documents every input and output of action.yml in its tables', () => {
    for (const name of Object.keys(action.inputs)) expect(readme).toContain(`| \`${name}\` |`);
    for (const name of Object.keys(action.outputs)) expect(readme).toContain(`| \`${name}\` |`);
  });
  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    const missing = links.filter((l) => !existsSync(path.join(root, l.split('#')[0]!)));
    expect(missing).toEqual([]);
  });
});

describe('.ci/run', () => {
  it('runs exactly the README’s test command', () => {
    expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).toMatch(/^make test$/m);
  });
});
