import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, suggestKey } from '../../../src/core/config/load.js';
import { schemaErrors } from '../../../src/core/config/schema.js';
import type { KfpActionConfig, ScheduleSettings } from '../../../src/core/config/types.js';

const root = path.resolve(import.meta.dirname, '../../..');
const FILE = 'kfp-action.yaml';

const minimal = (extra = '') => `version: 1\npipelines:\n  - source: pipelines/train.py\n${extra}`;

function only(text: string) {
  const { diagnostics, config } = loadConfig(text, FILE);
  return { diagnostics, config, codes: diagnostics.map((d) => d.code) };
}

describe('loadConfig: good files', () => {
  it('loads the example config with no finding', () => {
    const text = readFileSync(path.join(root, 'examples/breast-cancer/kfp-action.yaml'), 'utf8');
    const { config, diagnostics } = loadConfig(text, 'examples/breast-cancer/kfp-action.yaml');
    expect(diagnostics).toEqual([]);
    expect(config?.pipelines[0]?.decision).toEqual({
      task: 'eval-model',
      output: 'deploy',
      deployValues: ['true'],
    });
    expect(config?.pipelines[0]?.model?.task).toBe('train-model');
    expect(config?.environments?.map((e) => e.name)).toEqual(['staging', 'production']);
  });

  it('loads the example of docs/config.md', () => {
    const doc = readFileSync(path.join(root, 'docs/config.md'), 'utf8');
    const block = /```yaml\n(version: 1[\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    expect(loadConfig(block!, 'docs/config.md').diagnostics).toEqual([]);
  });

  it('loads a minimal file', () => {
    expect(only(minimal())).toMatchObject({ diagnostics: [], config: { version: 1 } });
  });

  it('locates any path, and the nearest ancestor for a missing one', () => {
    const r = loadConfig(minimal('    gates:\n      - metric: accuracy\n'), FILE);
    expect(r.locate(['pipelines', 0, 'gates', 0, 'metric'])).toEqual({ line: 5, column: 9 });
    expect(r.locate(['pipelines', 0, 'nothing'])).toEqual({ line: 3, column: 5 });
  });

  it('accepts every key the TypeScript model has (schema and types.ts agree)', () => {
    // Deeply required: the compiler insists that every field of types.ts is set here, and the
    // schema (additionalProperties: false) rejects any it does not know.
    type Full<T> = T extends readonly (infer U)[]
      ? readonly Full<U>[]
      : T extends object
        ? { [K in keyof T]-?: Full<T[K]> }
        : T;
    const vertex: Full<NonNullable<KfpActionConfig['vertex']>> = {
      project: 'p',
      region: 'europe-west4',
      pipelineRoot: 'gs://b/root',
      serviceAccount: 'sa@p.iam.gserviceaccount.com',
      network: 'projects/1/global/networks/n',
      kmsKey: 'projects/p/locations/l/keyRings/r/cryptoKeys/k',
      labels: { team: 'ml' },
      enableCaching: true,
      failurePolicy: 'fast',
      displayName: 'run',
      templateRegistry: 'https://europe-west4-kfp.pkg.dev/p/repo',
      timeoutMinutes: 60,
    };
    const full: Omit<Full<KfpActionConfig>, 'pipelines'> & {
      pipelines: KfpActionConfig['pipelines'];
    } = {
      version: 1,
      vertex,
      policy: {
        imageLatestTag: 'error',
        imageNotPinnedByDigest: 'warning',
        imageRegistryNotAllowed: 'off',
        allowedRegistries: ['europe-docker.pkg.dev'],
        missingResourceLimits: 'warning',
        cachingDisabled: 'warning',
        parameterWithoutDefault: 'warning',
        tooManyTasks: 'warning',
        maxTasks: 100,
      },
      pipelines: [
        {
          source: 'p.py',
          name: 'p',
          function: 'p',
          dependsOn: ['lib/**'],
          parameters: { a: 1, b: 'x', c: [1], d: { e: true }, f: null },
          vertex,
          decision: { task: 't', output: 'o', deployValues: ['true'] },
          gates: [
            { metric: 'm', task: 't', min: 0, max: 1, maxRegression: 0.1, higherIsBetter: true },
          ],
          model: { task: 't', artifact: 'model', displayName: 'd', servingContainer: 'img' },
          schedules: [
            {
              name: 'nightly',
              cron: '0 3 * * *',
              timeZone: 'Europe/Berlin',
              parameters: { a: 2 },
              maxConcurrentRuns: 1,
              startTime: '2027-01-01T00:00:00Z',
              endTime: '2027-12-31T00:00:00+01:00',
              maxRunCount: 10,
              allowQueueing: true,
              catchUp: true,
              paused: false,
            } satisfies Full<ScheduleSettings>,
          ],
        } satisfies Full<KfpActionConfig['pipelines'][number]>,
      ],
      environments: [
        {
          name: 'staging',
          project: 'p',
          region: 'us-central1',
          endpoint: 'e',
          machineType: 'n1-standard-2',
          minReplicas: 1,
          maxReplicas: 2,
          trafficPercent: 100,
          undeployPrevious: true,
          serviceAccount: 'sa',
        },
      ],
    };
    expect(schemaErrors(full)).toEqual([]);
  });
});

describe('loadConfig: unknown keys', () => {
  it('names an unknown top-level key with its line and column, and suggests the near one', () => {
    const { diagnostics, config } = only('version: 1\npipelnes:\n  - source: a.py\n');
    expect(config).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'config/unknown-key',
        file: FILE,
        line: 2,
        column: 1,
        message: expect.stringContaining(
          'unknown key "pipelnes" at the top level; did you mean "pipelines"?',
        ),
      }),
    );
  });

  it('names a nested unknown key and lists the allowed ones when nothing is close', () => {
    const { diagnostics } = only(
      minimal('    gates:\n      - metric: accuracy\n        colour: blue\n'),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'config/unknown-key',
        line: 6,
        column: 9,
        message: expect.stringMatching(
          /unknown key "colour" in pipelines\[0\]\.gates\[0\]; allowed keys: metric, task, min/,
        ),
      }),
    ]);
  });

  it('suggests only close keys', () => {
    expect(suggestKey('enviroments', ['environments', 'pipelines'])).toBe('environments');
    expect(suggestKey('zzz', ['environments', 'pipelines'])).toBeUndefined();
  });
});

describe('loadConfig: bad values', () => {
  it('points at the value of a wrong type and quotes it', () => {
    const { diagnostics } = only(
      minimal('    gates:\n      - metric: accuracy\n        min: high\n'),
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'config/bad-value',
        line: 6,
        column: 14,
        path: 'pipelines[0].gates[0].min',
        message: 'pipelines[0].gates[0].min must be a number, got "high"',
      }),
    ]);
  });

  it('reports enum, const, pattern and range errors, sorted by line', () => {
    const text = [
      'version: 2',
      'policy:',
      '  imageLatestTag: on',
      'vertex:',
      '  region: Europe',
      'pipelines:',
      '  - source: a.py',
      'environments:',
      '  - name: prod',
      '    trafficPercent: 120',
      '',
    ].join('\n');
    const { diagnostics } = only(text);
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [1, 'version must be 1, got 2'],
      [
        3,
        expect.stringContaining(
          'policy.imageLatestTag must be one of "off", "warning", "error", got "on"',
        ),
      ],
      [5, expect.stringContaining('vertex.region is "Europe", which does not match')],
      [10, 'environments[0].trafficPercent must be <= 100, got 120'],
    ]);
  });

  it('locates a missing required key at the object that lacks it', () => {
    const { diagnostics } = only('version: 1\npipelines:\n  - name: train\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'config/missing-key',
        line: 3,
        column: 5,
        message: 'pipelines[0] needs the key "source"',
      }),
    ]);
  });

  it('requires version and at least one pipeline', () => {
    expect(only('version: 1\npipelines: []\n').diagnostics[0]).toMatchObject({
      code: 'config/bad-value',
      line: 2,
      column: 12,
    });
    expect(only('pipelines:\n  - source: a.py\n').codes).toEqual(['config/missing-key']);
  });
});

describe('loadConfig: not a config at all', () => {
  it.each([
    ['', 'config/empty'],
    ['   \n# only a comment\n', 'config/empty'],
    ['- a\n- b\n', 'config/not-a-mapping'],
    ['just text', 'config/not-a-mapping'],
    ['version: 1\nversion: 1\n', 'config/yaml-syntax'],
    ['version: [1\n', 'config/yaml-syntax'],
    ['a\u0000b', 'config/not-yaml'],
  ])('%j → %s, one located error', (text, code) => {
    const { diagnostics, config } = only(text);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code,
      severity: 'error',
      file: FILE,
      line: expect.any(Number),
    });
  });

  it('refuses an alias bomb without expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`,
      );
    const { diagnostics } = only(lines.join('\n'));
    expect(diagnostics.map((d) => d.code)).toEqual(['config/yaml-syntax']);
  });

  it('refuses a huge file before parsing', () => {
    expect(only('#'.repeat(2 * 1024 * 1024)).codes).toEqual(['config/too-large']);
  });
});

describe('loadConfig: checks beyond the schema', () => {
  it('rejects two entries for the same pipeline name, at the second', () => {
    const text =
      'version: 1\npipelines:\n  - source: a.py\n    name: train\n  - source: b.py\n    name: train\n';
    const { diagnostics, config } = only(text);
    expect(config).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'config/duplicate-pipeline',
        line: 6,
        column: 5,
        message: expect.stringContaining('pipelines[0]'),
      }),
    ]);
  });

  it('rejects an impossible gate and twice-listed environments', () => {
    const text = [
      'version: 1',
      'pipelines:',
      '  - source: a.py',
      '    gates:',
      '      - {metric: accuracy, min: 0.9, max: 0.8}',
      'environments:',
      '  - name: staging',
      '  - name: staging',
      '',
    ].join('\n');
    expect(only(text).codes).toEqual(['config/gate-range', 'config/duplicate-environment']);
  });

  it('warns about a gate that always passes but still returns the config', () => {
    const { diagnostics, config } = only(minimal('    gates:\n      - metric: accuracy\n'));
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'config/gate-empty', severity: 'warning', line: 5 }),
    ]);
    expect(config).toBeDefined();
  });
});
