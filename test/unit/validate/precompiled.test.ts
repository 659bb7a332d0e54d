/**
 * dist/ validates with ajv standalone code generated at build time (scripts/validators.mjs);
 * tests and the source tree compile the same Ajv at run time (src/core/schemas/). This proves the
 * two agree: the code is generated afresh from the current schemas, and both validators run over
 * the corpus, the fixtures, the example config and broken variants of them, giving the same
 * verdict and the same errors.
 */
import { describe, expect, it } from '@jest/globals';
import type { ValidateFunction } from 'ajv';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { generateValidators } from '../../../scripts/validators.mjs';
import { configValidator } from '../../../src/core/schemas/config.js';
import { pipelineSpecValidators } from '../../../src/core/schemas/pipeline-spec.js';
import { BASE, CORPUS, REPO_ROOT, variant } from '../../support/validate/variants.js';

interface Generated {
  pipelineSpecValidators(): { pipeline: ValidateFunction; platform: ValidateFunction };
  configValidator(): ValidateFunction;
  PRECOMPILED: boolean;
}

async function loadGenerated(): Promise<{ spec: Generated; config: Generated }> {
  const code = await generateValidators(REPO_ROOT);
  // Inside the repository so that the generated imports of `ajv/dist/runtime/*` resolve.
  const dir = mkdtempSync(path.join(REPO_ROOT, '.work', 'precompiled-'));
  try {
    const load = async (name: string) => {
      const file = path.join(dir, `${name}.cjs.mjs`);
      writeFileSync(file, code[name as keyof typeof code]);
      return (await import(pathToFileURL(file).href)) as Generated;
    };
    return { spec: await load('pipeline-spec'), config: await load('config') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const yamlDocs = (text: string): unknown[] =>
  parseAllDocuments(text, { uniqueKeys: false }).map((d) =>
    'toJS' in d ? d.toJS({ maxAliasCount: -1 }) : undefined,
  );

function specSamples(): [string, unknown[]][] {
  const files = [
    ...(existsSync(CORPUS)
      ? globSync('**/*.{yaml,yml,json}', { cwd: CORPUS }).map((f) => path.join(CORPUS, f))
      : []),
    ...globSync('test/fixtures/**/*.{yaml,yml}', { cwd: REPO_ROOT }).map((f) =>
      path.join(REPO_ROOT, f),
    ),
  ].sort();
  const samples: [string, unknown[]][] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    try {
      samples.push([f, f.endsWith('.json') ? [JSON.parse(text)] : yamlDocs(text)]);
    } catch {
      // a corpus quirk the YAML library refuses: nothing to validate
    }
  }
  // Broken on purpose: unknown fields, wrong types, a oneof conflict, a bad enum, a bad pattern.
  const broken = [
    variant('schemaVersion: 2.1.0', 'schemaVersion: 2.1.0\nextraField: 1'),
    variant('schemaVersion: 2.1.0', 'schemaVersion: [2]'),
    BASE.replace(/pipelineInfo:\n/, 'pipelineInfo: 3\nx:\n'),
    BASE.replace(/executorLabel: /, 'dag: {tasks: {}}\n    executorLabel: '),
    BASE.replace(/parameterType: STRING/, 'parameterType: TEXT'),
    BASE.replace(/image: /, 'resources: {cpuLimit: many}\n      image: '),
  ];
  broken.forEach((t, i) => samples.push([`broken-${i}`, yamlDocs(t)]));
  return samples;
}

const outcome = (v: ValidateFunction, data: unknown) => ({
  valid: v(data),
  errors: JSON.parse(JSON.stringify(v.errors ?? null)) as unknown,
});

describe('build-time (standalone) validators', () => {
  it('are generated from the current schemas and agree with Ajv compiling them', async () => {
    const generated = await loadGenerated();
    expect(generated.spec.PRECOMPILED).toBe(true);
    const fresh = pipelineSpecValidators();
    const built = generated.spec.pipelineSpecValidators();
    const samples = specSamples();
    expect(samples.length).toBeGreaterThan(5);
    let invalid = 0;
    const keywords = new Set<string>();
    for (const [name, docs] of samples) {
      const [spec, platform] = docs;
      const want = outcome(fresh.pipeline, spec);
      if (!want.valid) invalid++;
      for (const e of (want.errors ?? []) as { keyword: string }[]) keywords.add(e.keyword);
      expect({ name, ...outcome(built.pipeline, spec) }).toEqual({ name, ...want });
      if (platform !== undefined) {
        expect({ name, ...outcome(built.platform, platform) }).toEqual({
          name,
          ...outcome(fresh.platform, platform),
        });
      }
    }
    expect(invalid).toBeGreaterThanOrEqual(6);
    for (const k of ['additionalProperties', 'type', 'kfpOneof', 'anyOf'])
      expect(keywords).toContain(k);

    const config = readFileSync(
      path.join(REPO_ROOT, 'examples/breast-cancer/kfp-action.yaml'),
      'utf8',
    );
    const configs = [
      yamlDocs(config)[0],
      { version: 2 },
      { pipelines: 'x' },
      { version: 1, pipelines: [{ name: 'a', unknown: true }] },
      [],
    ];
    for (const c of configs) {
      expect(outcome(generated.config.configValidator(), c)).toEqual(outcome(configValidator(), c));
    }
    expect(outcome(configValidator(), configs[0]).valid).toBe(true);
  });
});
