/**
 * Nesting is measured by a byte scan before any parser runs (src/core/spec/depth.ts), and JSON IR
 * takes JSON.parse with positions computed only for findings.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { syntheticPipeline, syntheticYaml } from '../../../bench/synthetic-pipeline.mjs';
import { MAX_DEPTH, scanJson, scanYamlDepth } from '../../../src/core/spec/depth.js';
import { loadSpecText } from '../../../src/core/spec/load.js';
import { BASE, CORPUS, FIXTURES } from '../../support/validate/variants.js';

const nestedMappings = (levels: number) =>
  Array.from({ length: levels }, (_, d) => `${' '.repeat(d)}k${d}:`).join('\n') + ' 1\n';

describe('scanYamlDepth', () => {
  it.each([
    ['block mappings', nestedMappings],
    ['compact sequences', (d: number) => 'a:\n' + '- '.repeat(d) + 'x\n'],
    ['flow sequences', (d: number) => 'a: ' + '['.repeat(d) + ']'.repeat(d) + '\n'],
    ['flow mappings', (d: number) => 'a: ' + '{b: '.repeat(d) + '1' + '}'.repeat(d) + '\n'],
    ['flow after an anchor', (d: number) => 'a: &x ' + '['.repeat(d) + ']'.repeat(d) + '\n'],
    [
      'flow across lines',
      (d: number) => 'a:\n  - [\n' + '    [\n'.repeat(d) + '    ]\n'.repeat(d) + '  ]\n',
    ],
  ])('measures %s: %s-deep passes, deeper is refused', (_label, make) => {
    // The parser agrees the text is YAML (so the scan is measuring real nesting).
    expect(parseAllDocuments(make(20)).every((d) => 'errors' in d && d.errors.length === 0)).toBe(
      true,
    );
    expect(scanYamlDepth(make(MAX_DEPTH - 5))).toBeUndefined();
    expect(scanYamlDepth(make(MAX_DEPTH + 5))).toBeGreaterThan(0);
  });

  it('does not count brackets inside quoted, plain or block scalars, nor comments', () => {
    const deep = '['.repeat(MAX_DEPTH * 2);
    const text = [
      `a: see ${deep}`,
      `b: "${deep}"`,
      `c: '${deep}'' still quoted ${deep}'`,
      `d: "multi-line`,
      `  ${deep}"`,
      `e: 1 # ${deep}`,
      `f: |`,
      `  ${deep}`,
      `     ${deep}`,
      `g: >-`,
      nestedMappings(MAX_DEPTH * 2).replace(/^/gm, '  '),
      `h: [1, 2]`,
    ].join('\n');
    expect(parseAllDocuments(text).every((d) => 'errors' in d && d.errors.length === 0)).toBe(true);
    expect(scanYamlDepth(text)).toBeUndefined();
  });

  const corpus = existsSync(CORPUS) ? it : it.skip;
  corpus('passes every file of the corpus and the fixtures', () => {
    const files = [
      ...globSync('**/*.{yaml,yml}', { cwd: CORPUS }).map((f) => path.join(CORPUS, f)),
      ...globSync('*.yaml', { cwd: FIXTURES }).map((f) => path.join(FIXTURES, f)),
    ];
    expect(files.filter((f) => scanYamlDepth(readFileSync(f, 'utf8'), 20) !== undefined)).toEqual(
      [],
    );
  });

  it('passes a 2,000-task pipeline', () => {
    expect(scanYamlDepth(syntheticYaml(2_000))).toBeUndefined();
  });
});

describe('scanJson', () => {
  it('measures depth and counts the keys written', () => {
    expect(scanJson('{"a": {"b": [1, {"c": "}{\\"d\\": ["}]}, "e": []}')).toEqual({ keys: 4 });
    expect(scanJson('['.repeat(MAX_DEPTH + 1))).toEqual({ tooDeepAt: MAX_DEPTH, keys: 0 });
  });
});

describe('loadSpecText: nesting and the JSON fast path', () => {
  it.each([
    ['JSON', '{"a": ' + '['.repeat(300_000) + ']'.repeat(300_000) + '}', 1, 6 + MAX_DEPTH],
    ['YAML flow', 'a:\n  b: ' + '['.repeat(300_000) + ']'.repeat(300_000), 2, 6 + MAX_DEPTH - 2],
    ['YAML block', nestedMappings(2000), MAX_DEPTH + 1, MAX_DEPTH + 1],
  ])('refuses %s nested too deeply, located where the limit is crossed', (_l, text, line, col) => {
    const r = loadSpecText(text, 'deep');
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'load/too-deep', line, column: col }),
    ]);
  });

  it('reads JSON with JSON.parse, giving the values the YAML parser gives', () => {
    const spec = syntheticPipeline(50);
    const text = JSON.stringify(spec, null, 2);
    const r = loadSpecText(text, 'p.json');
    const slow = loadSpecText(text, 'p.json', undefined, { fastPath: false });
    expect(r.ok && slow.ok).toBe(true);
    if (!r.ok || !slow.ok) return;
    expect(r.loaded.spec).toEqual(spec);
    expect(r.loaded.spec).toEqual(slow.loaded.spec);
    // Positions only when asked for, and the same as the general parser's.
    for (const p of [['root', 'dag', 'tasks', 'step-7'], ['components'], ['nope', 'x']]) {
      expect(r.loaded.locate(p)).toEqual(slow.loaded.locate(p));
    }
    expect(r.loaded.locate(['root', 'dag', 'tasks']).line).toBeGreaterThan(1);
  });

  it('still reports a key written twice in JSON (JSON.parse would keep the last)', () => {
    const text = '{\n  "pipelineInfo": {"name": "a"},\n  "pipelineInfo": {"name": "b"}\n}\n';
    const r = loadSpecText(text, 'dup.json');
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: 'load/duplicate-key', line: 3, column: 3 }),
    ]);
  });

  it('leaves YAML that starts like JSON to the YAML parser', () => {
    const r = loadSpecText("{pipelineInfo: {name: 'a'}, root: {}}", 'flow.yaml');
    expect(r.ok && r.loaded.spec).toEqual({ pipelineInfo: { name: 'a' }, root: {} });
  });

  it('keeps the base fixture loading as before', () => {
    expect(loadSpecText(BASE, 'base.yaml').ok).toBe(true);
  });
});
