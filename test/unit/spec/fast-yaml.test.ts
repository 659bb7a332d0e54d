/**
 * The fast reader must agree with the general `yaml` parser — same values, same positions — on
 * everything it accepts, and must accept what the KFP compiler writes (else it is no faster).
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { fastParseYaml, resolvePlain } from '../../../src/core/spec/fast-yaml.js';
import { loadSpecText, type LoadedSpec, type SpecPath } from '../../../src/core/spec/load.js';
import { syntheticYaml } from '../../../bench/synthetic-pipeline.mjs';
import { BASE, CORPUS } from '../../support/validate/variants.js';

function load(text: string, fastPath: boolean): LoadedSpec {
  const r = loadSpecText(text, 'f.yaml', undefined, { fastPath });
  if (!r.ok) throw new Error(`${r.diagnostics[0]!.code}: ${r.diagnostics[0]!.message}`);
  return r.loaded;
}

function paths(value: unknown, prefix: SpecPath = []): SpecPath[] {
  const out: SpecPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** Every n-th item, so that at most `max` remain (the general parser's lookups are slow). */
const sample = <T>(items: T[], max: number) =>
  items.filter((_, i) => i % Math.max(1, Math.ceil(items.length / max)) === 0);

/** Same values and the same positions (for up to `max` paths, and one that does not exist). */
function expectSame(text: string, max = 1000): void {
  const fast = load(text, true);
  const slow = load(text, false);
  expect(fast.spec).toEqual(slow.spec);
  expect(fast.platform).toEqual(slow.platform);
  for (const p of [...sample(paths(slow.spec), max), ['root', 'no-such-key', 'x']]) {
    expect([p, fast.locate(p)]).toEqual([p, slow.locate(p)]);
  }
  if (slow.platform) {
    for (const p of paths(slow.platform))
      expect([p, fast.locate(p, 1)]).toEqual([p, slow.locate(p, 1)]);
  }
}

const corpus = existsSync(path.join(CORPUS, 'valid'))
  ? globSync('**/*.yaml', { cwd: CORPUS })
      .filter((f) => !f.startsWith('invalid/'))
      .sort()
  : [];

describe('fastParseYaml', () => {
  it('reads the fixture and synthetic pipelines exactly as yaml does', () => {
    expect(fastParseYaml(BASE)).toBeDefined();
    expectSame(BASE);
    const synthetic = syntheticYaml(50);
    expect(fastParseYaml(synthetic)).toBeDefined();
    expectSame(synthetic);
  });

  (corpus.length ? it : it.skip)(
    'agrees with yaml on every corpus file it reads, and reads nearly all',
    () => {
      let read = 0;
      for (const file of corpus) {
        const text = readFileSync(path.join(CORPUS, file), 'utf8');
        if (fastParseYaml(text) === undefined) continue;
        read++;
        expectSame(text);
      }
      expect(read / corpus.length).toBeGreaterThan(0.9);
    },
  );

  it('resolves plain scalars with the YAML 1.2 core schema', () => {
    expect(
      [
        '~',
        'null',
        '',
        'true',
        'False',
        '0o17',
        '-12',
        '0x1F',
        '.inf',
        '-.Inf',
        '1e3',
        '2.50',
        '2.1.0',
        'kfp-2.0',
      ].map(resolvePlain),
    ).toEqual([
      null,
      null,
      null,
      true,
      false,
      15,
      -12,
      31,
      Infinity,
      -Infinity,
      1000,
      2.5,
      '2.1.0',
      'kfp-2.0',
    ]);
    expect(resolvePlain('.nan')).toBeNaN();
  });

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a tab', 'a:\t1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a trailing comment', 'a: 1 # one\n'],
    ['a non-string key', '1: a\n'],
    ['an empty document', '# nothing\n'],
  ])('leaves %s to the general parser', (_label, text) => {
    expect(fastParseYaml(text)).toBeUndefined();
  });

  it.each([
    ['spaces before a line break (dropped)', 'root: "x  \n  y"\n'],
    ['spaces before empty lines', 'root: "x \n\n  \n  y z"\n'],
    ['spaces before the closing quote (kept)', 'root: "x  "\n'],
    ['spaces around an escaped line break', 'root: "a  b  \\\n   c"\n'],
    ['spaces around escapes', 'root: "p \\t  q  \\\\ \n r  "\n'],
    ['a run of spaces mid-line, then a break', 'root: "one   two   \n   three"\n'],
  ])('reads a double-quoted scalar with %s as yaml does', (_label, text) => {
    expect(fastParseYaml(text)).toBeDefined();
    expectSame(text);
  });

  it('agrees with yaml on random data written by yaml.stringify', () => {
    const key = fc.oneof(
      fc.constantFrom('a', 'b-c', 'name', 'x y', "it's", 'k:v', '#k'),
      fc.string({ maxLength: 8 }),
    );
    const scalar = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.constantFrom(
        'true',
        'null',
        '1.0',
        '0x10',
        '- x',
        ': y',
        "'q'",
        '"dq"',
        'a\n\nb',
        '  lead',
        'trail  ',
        '\\',
        'é ✓',
      ),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('list')),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      list: fc.array(tie('node'), { maxLength: 4 }),
    })).map;
    fc.assert(
      fc.property(tree, fc.integer({ min: 20, max: 100 }), (value, lineWidth) => {
        const text = stringify({ root: value }, { lineWidth });
        if (fastParseYaml(text) !== undefined) expectSame(text);
      }),
      { numRuns: 300 },
    );
  });
});
