import { describe, expect, it } from '@jest/globals';
import { diffSpecs, pipPackages } from '../../../src/core/diff/diff.js';
import { reviewModel } from '../../../src/core/diff/model.js';
import { loadSpecText } from '../../../src/core/spec/load.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { buildSpec } from './spec-builder.js';

const pip = (pkgs: string) => [
  'sh',
  '-c',
  `python3 -m pip install --quiet 'kfp==2.17.3' ${pkgs} && python3 -m kfp.dsl.executor_main`,
  'def train():\n    return 1\n',
];

describe('diffSpecs', () => {
  const base = buildSpec(
    'p',
    {
      'get-data': {},
      'train-model': {
        after: ['get-data'],
        command: pip("'scikit-learn==1.4.0'"),
        inputs: { parameters: { max_depth: { runtimeValue: { constant: 4 } } } },
      },
      'old-task': {},
    },
    { lr: { type: 'NUMBER_DOUBLE', default: 0.1 }, gone: {} },
  );
  const head = buildSpec(
    'p',
    {
      'get-data': { image: 'python:3.12' },
      'train-model': {
        after: ['get-data'],
        command: pip("'scikit-learn==1.5.2'"),
        inputs: { parameters: { max_depth: { componentInputParameter: 'max_depth' } } },
        cache: false,
        retry: 3,
        condition: "inputs.parameter_values['flag'] == 'true'",
        cpuLimit: 2,
      },
      'new-task': { after: ['train-model'] },
    },
    {
      lr: { type: 'NUMBER_DOUBLE', default: 0.2 },
      max_depth: { type: 'NUMBER_INTEGER', default: 4 },
    },
  );

  it('names tasks added, removed and what changed in each', () => {
    const d = diffSpecs({ spec: base }, { spec: head });
    expect(d.added.map((t) => t.key)).toEqual(['new-task']);
    expect(d.removed.map((t) => t.key)).toEqual(['old-task']);
    expect(d.changed.map((t) => [t.key, t.changes.map((c) => c.field)])).toEqual([
      ['get-data', ['image']],
      ['train-model', ['command', 'input', 'caching', 'retry', 'resource', 'condition']],
    ]);
    const train = d.changed[1]!.changes;
    expect(train[0]).toMatchObject({
      packages: [{ name: 'scikit-learn', before: '==1.4.0', after: '==1.5.2' }],
    });
    expect(train[1]).toEqual({
      field: 'input',
      name: 'max_depth',
      before: 'constant 4',
      after: 'pipeline parameter max_depth',
    });
    expect(d.parameters).toEqual([
      expect.objectContaining({ name: 'gone', kind: 'removed' }),
      expect.objectContaining({ name: 'lr', kind: 'changed' }),
      expect.objectContaining({ name: 'max_depth', kind: 'added' }),
    ]);
    expect(d.images.map((i) => i.executor)).toEqual(
      ['exec-get-data', 'exec-old-task', 'exec-new-task'].sort(),
    );
    expect(d.empty).toBe(false);
  });

  it('ignores key order, sdkVersion and component renames', () => {
    const a = buildSpec('p', { x: {}, y: { after: ['x'] } }, { n: { default: 'a' } });
    const b = structuredClone(a);
    b.sdkVersion = 'kfp-2.0.0';
    // Re-insert keys in another order and rename the component as KFP's deduping does.
    const tasks = b.root.dag!.tasks!;
    const y = tasks.y!;
    delete tasks.y;
    b.root.dag!.tasks = { y: { ...y, componentRef: { name: 'comp-y-2' } }, ...tasks };
    b.components!['comp-y-2'] = b.components!['comp-y']!;
    delete b.components!['comp-y'];
    const reloaded = loadSpecText(stringify(b, { sortMapEntries: true }), 'b.yaml');
    if (!reloaded.ok) throw new Error('reload failed');
    expect(diffSpecs({ spec: a }, { spec: reloaded.loaded.spec }).empty).toBe(true);
  });

  it('treats a missing base as a new pipeline', () => {
    const d = diffSpecs(undefined, { spec: head });
    expect(d.isNew).toBe(true);
    expect(d.added).toHaveLength(3);
    expect(d.empty).toBe(false);
  });

  it('flattens nested DAGs (conditions, loops) with path keys, on real compiled IR', () => {
    const file = path.resolve(
      import.meta.dirname,
      '../../fixtures/kfp-ir/if_elif_else_complex.yaml',
    );
    const loaded = loadSpecText(readFileSync(file, 'utf8'), file);
    if (!loaded.ok) throw new Error('fixture did not load');
    const model = reviewModel(loaded.loaded.spec);
    const nested = [...model.tasks.values()].filter((t) => t.parent);
    expect(nested.length).toBeGreaterThan(0);
    for (const t of nested) expect(t.key.startsWith(`${t.parent}/`)).toBe(true);
    expect(diffSpecs({ spec: loaded.loaded.spec }, { spec: loaded.loaded.spec }).empty).toBe(true);
  });

  it('reads pip packages from a component command', () => {
    expect([
      ...pipPackages("pip install --quiet 'pandas==2.2.0' 'xgboost>=2' numpy && echo"),
    ]).toEqual([
      ['pandas', '==2.2.0'],
      ['xgboost', '>=2'],
      ['numpy', ''],
    ]);
  });
});
