import { describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { checkPolicy, parseImage, registryAllowed } from '../../../src/core/policy/rules.js';
import { toSarif } from '../../../src/core/policy/sarif.js';
import { loadSpecText } from '../../../src/core/spec/load.js';
import type { PipelineSpec } from '../../../src/core/spec/types.js';
import { buildSpec } from '../diff/spec-builder.js';

function load(spec: PipelineSpec) {
  const r = loadSpecText(stringify(spec), 'p.yaml');
  if (!r.ok) throw new Error('spec did not load');
  return r.loaded;
}

describe('parseImage / registryAllowed', () => {
  it('splits references the way Docker does', () => {
    expect(parseImage('python')).toEqual({ registry: 'docker.io', repository: 'python' });
    expect(parseImage('gcr.io/p/img:1.2')).toEqual({
      registry: 'gcr.io',
      repository: 'p/img',
      tag: '1.2',
    });
    expect(parseImage('localhost:5000/x@sha256:ab')).toEqual({
      registry: 'localhost:5000',
      repository: 'x',
      digest: 'sha256:ab',
    });
    expect(
      registryAllowed('europe-docker.pkg.dev/proj/repo/img:1', ['europe-docker.pkg.dev/proj']),
    ).toBe(true);
    expect(
      registryAllowed('europe-docker.pkg.dev/projx/img:1', ['europe-docker.pkg.dev/proj']),
    ).toBe(false);
    expect(registryAllowed('python:3.11', ['gcr.io'])).toBe(false);
  });
});

describe('checkPolicy', () => {
  const spec = buildSpec(
    'p',
    {
      a: { image: 'python' },
      b: { image: 'gcr.io/p/img:latest', cache: false },
      c: { image: 'gcr.io/p/img@sha256:' + 'a'.repeat(64), cpuLimit: 1, memoryLimit: 1 },
    },
    { required: {}, optional: { default: 1 } },
  );

  it('defaults: only the latest-tag rule, as warnings, located on the image line', () => {
    const loaded = load(spec);
    const found = checkPolicy(loaded, undefined);
    expect(found.map((d) => [d.code, d.severity, d.task])).toEqual([
      ['policy/image-latest-tag', 'warning', 'a'],
      ['policy/image-latest-tag', 'warning', 'b'],
    ]);
    expect(found[0]!.line).toBe(
      loaded.locate(['deploymentSpec', 'executors', 'exec-a', 'container', 'image']).line,
    );
  });

  it('only @sha256:<64 hex> pins an image; @latest, short or upper-case digests do not', () => {
    const images = {
      pinned: 'gcr.io/p/img@sha256:' + 'a'.repeat(64),
      moving: 'python:3.11@latest',
      short: 'python@sha256:abc',
      upper: 'python:3.11@sha256:' + 'A'.repeat(64),
      other: 'python:3.11@sha512:' + 'a'.repeat(128),
    };
    const tasks = Object.fromEntries(Object.entries(images).map(([k, image]) => [k, { image }]));
    const found = checkPolicy(load(buildSpec('p', tasks)), {
      imageLatestTag: 'off',
      imageNotPinnedByDigest: 'error',
    });
    expect(found.map((d) => d.task).sort()).toEqual(['moving', 'other', 'short', 'upper']);
    const moving = found.find((d) => d.task === 'moving')!;
    expect(moving.message).toBe(
      'image "python:3.11@latest" is not pinned by digest ("@latest" is not sha256: and 64 hex digits) (name@sha256:…)',
    );
  });

  it('every rule at the level the config sets; off means silent', () => {
    const found = checkPolicy(load(spec), {
      imageLatestTag: 'off',
      imageNotPinnedByDigest: 'error',
      allowedRegistries: ['gcr.io'],
      missingResourceLimits: 'warning',
      cachingDisabled: 'warning',
      parameterWithoutDefault: 'error',
      maxTasks: 2,
      tooManyTasks: 'error',
    });
    const codes = found.map((d) => `${d.severity} ${d.code} ${d.task ?? '-'}`);
    expect(codes).toEqual([
      'error policy/image-not-pinned a',
      'error policy/image-registry-not-allowed a',
      'warning policy/missing-resource-limits a',
      'warning policy/missing-resource-limits a',
      'error policy/image-not-pinned b',
      'warning policy/missing-resource-limits b',
      'warning policy/missing-resource-limits b',
      'warning policy/caching-disabled b',
      'error policy/parameter-without-default -',
      'error policy/too-many-tasks -',
    ]);
  });

  it('writes SARIF 2.1.0 with one rule per code and located results', () => {
    const found = checkPolicy(load(spec), { imageNotPinnedByDigest: 'warning' });
    const sarif = toSarif(found, {
      name: 'kfp-action',
      version: '0.1.0',
      informationUri: 'https://example.com',
    }) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          locations: { physicalLocation: { region: { startLine: number } } }[];
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'policy/image-latest-tag',
      'policy/image-not-pinned',
    ]);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(1);
    }
  });

  it('a finding moved to the Python source keeps its IR line in SARIF, not in the message', () => {
    const sarif = toSarif(
      [
        {
          code: 'policy/image-not-pinned',
          severity: 'warning',
          message: 'image "python:3.11" is not pinned by digest (name@sha256:…)',
          file: 'pipelines/p.py',
          line: 10,
          compiledAt: { file: '.kfp-action/compiled/p.yaml', line: 42 },
        },
      ],
      { name: 'kfp-action', version: '0.1.0', informationUri: 'https://example.com' },
    ) as { runs: { results: Record<string, unknown>[] }[] };
    const [result] = sarif.runs[0]!.results;
    expect(JSON.stringify(result!.message)).not.toMatch(/IR line/);
    expect(result!.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'compiled IR line 42' },
        physicalLocation: {
          artifactLocation: { uri: '.kfp-action/compiled/p.yaml' },
          region: { startLine: 42 },
        },
      },
    ]);
  });
});
