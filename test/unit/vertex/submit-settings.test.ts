import { describe, expect, it } from '@jest/globals';
import {
  fromTimestamp,
  fromValue,
  pipelineState,
  taskState,
} from '../../../src/adapters/vertex/convert.js';
import { resolveVertex } from '../../../src/commands/submit-pipeline.js';
import type { KfpActionConfig } from '../../../src/core/config/types.js';
import { withCaching } from '../../../src/core/spec/caching.js';
import type { PipelineSpec } from '../../../src/core/spec/types.js';

const config: KfpActionConfig = {
  version: 1,
  vertex: {
    project: 'p',
    region: 'europe-west4',
    pipelineRoot: 'gs://b/root',
    serviceAccount: 'a@p.iam.gserviceaccount.com',
  },
  pipelines: [{ source: 'x.py', vertex: { region: 'us-central1' } }],
};

describe('resolveVertex', () => {
  it("takes the config, then the pipeline's own settings, then the inputs, key by key", () => {
    const entry = config.pipelines[0]!;
    expect(resolveVertex(config, entry, {}, 'x')).toMatchObject({
      project: 'p',
      region: 'us-central1',
      pipelineRoot: 'gs://b/root',
    });
    expect(
      resolveVertex(config, entry, { region: 'asia-east1', serviceAccount: '' }, 'x'),
    ).toMatchObject({
      region: 'asia-east1',
      serviceAccount: 'a@p.iam.gserviceaccount.com',
    });
  });

  it('names every missing setting with its config key and input', () => {
    expect(() => resolveVertex(undefined, undefined, { project: 'p' }, 'bc')).toThrow(
      'pipeline bc: vertex.region (input `region`), vertex.pipelineRoot (input `pipeline-root`) not set',
    );
    expect(() => resolveVertex(config, undefined, { pipelineRoot: 'bucket/root' }, 'bc')).toThrow(
      /must be a gs:\/\/bucket\/folder URI/,
    );
  });
});

describe('withCaching', () => {
  it('sets enableCache on every task, nested DAGs included, and leaves the input alone', () => {
    const spec = {
      root: {
        dag: {
          tasks: {
            a: { cachingOptions: { enableCache: true }, componentRef: { name: 'comp-a' } },
            c: {},
          },
        },
      },
      components: {
        'comp-c': { dag: { tasks: { inner: {} } } },
        'comp-a': { executorLabel: 'exec-a' },
      },
    } as unknown as PipelineSpec;
    const off = withCaching(spec, false);
    expect(off.root.dag!.tasks!['a']!.cachingOptions).toEqual({ enableCache: false });
    expect(off.root.dag!.tasks!['c']!.cachingOptions).toEqual({ enableCache: false });
    expect(off.components!['comp-c']!.dag!.tasks!['inner']!.cachingOptions).toEqual({
      enableCache: false,
    });
    expect(off.components!['comp-a']).toEqual({ executorLabel: 'exec-a' });
    expect(spec.root.dag!.tasks!['a']!.cachingOptions).toEqual({ enableCache: true });
  });
});

describe('reading wire values defensively', () => {
  it('decodes Values, Timestamps (number, string or Long) and enum names or numbers', () => {
    expect(
      fromValue({
        structValue: {
          fields: { a: { listValue: { values: [{ numberValue: 1 }, { nullValue: 0 }] } } },
        },
      }),
    ).toEqual({ a: [1, null] });
    expect(fromValue({ kind: 'boolValue', boolValue: false, stringValue: '' })).toBe(false);
    expect(fromValue({})).toBeUndefined();
    const long = { low: 1764151200, high: 0, toString: () => '1764151200' };
    expect(fromTimestamp({ seconds: long, nanos: 500_000_000 })).toBe('2025-11-26T10:00:00.500Z');
    expect(fromTimestamp({ seconds: '0', nanos: 0 })).toBeUndefined();
    expect(pipelineState('PIPELINE_STATE_SUCCEEDED')).toBe('SUCCEEDED');
    expect(pipelineState(5)).toBe('FAILED');
    expect(pipelineState('BOGUS')).toBe('UNSPECIFIED');
    expect(taskState(9)).toBe('NOT_TRIGGERED');
    expect(taskState('SKIPPED')).toBe('SKIPPED');
  });
});
