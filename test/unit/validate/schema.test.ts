import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pointerToPath } from '../../../src/core/json-pointer.js';
import { REPO_ROOT } from '../../support/validate/variants.js';

const SCHEMA = path.join(REPO_ROOT, 'schema/pipeline-spec.schema.json');
const python = path.join(REPO_ROOT, '.venv/bin/python');

describe('schema/pipeline-spec.schema.json', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as {
    definitions: Record<
      string,
      { properties?: Record<string, unknown>; additionalProperties?: unknown }
    >;
  };

  it('is strict about every proto message and covers the fields the compiler writes', () => {
    const messages = Object.values(schema.definitions).filter((d) => d.properties);
    expect(messages.length).toBeGreaterThan(40);
    for (const m of messages) expect(m.additionalProperties).toBe(false);
    expect(Object.keys(schema.definitions.PipelineTaskSpec!.properties!)).toEqual(
      expect.arrayContaining([
        'taskInfo',
        'inputs',
        'dependentTasks',
        'cachingOptions',
        'componentRef',
        'triggerPolicy',
        'parameterIterator',
        'artifactIterator',
        'retryPolicy',
        'iteratorPolicy',
      ]),
    );
    expect(Object.keys(schema.definitions.ComponentSpec!.properties!)).toContain(
      'taskConfigPassthroughs',
    );
  });

  (existsSync(python) ? it : it.skip)(
    'is what the generator writes from the pinned kfp-pipeline-spec',
    () => {
      const r = spawnSync(
        python,
        [path.join(REPO_ROOT, 'schema/generate-pipeline-spec-schema.py')],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      // The file is the generator's output as it is (.prettierignore leaves it alone).
      expect(r.stdout).toBe(readFileSync(SCHEMA, 'utf8'));
    },
  );
});

describe('pointerToPath', () => {
  it('decodes JSON pointers, with list indexes as numbers', () => {
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/root/dag/tasks/a~1b~0c/dependentTasks/0')).toEqual([
      'root',
      'dag',
      'tasks',
      'a/b~c',
      'dependentTasks',
      0,
    ]);
  });
});
