import { describe, expect, it } from '@jest/globals';
import {
  affectedPipelines,
  importClosure,
  parameterLine,
  parsePythonImports,
  pipelineLine,
  taskLine,
} from '../../../src/core/check/index.js';

describe('parsePythonImports', () => {
  it('reads import and from-import forms, relative ones included', () => {
    const text = [
      'import os, shared.images as img',
      'from kfp import dsl',
      'from .util import (a,',
      '    b as c)',
      'from .. import common  # comment',
      'from shared.io import *',
    ].join('\n');
    expect(parsePythonImports(text)).toEqual([
      'os',
      'shared.images',
      'kfp',
      'kfp.dsl',
      '.util',
      '.util.a',
      '.util.b',
      '..',
      '..common',
      'shared.io',
    ]);
  });
});

describe('importClosure', () => {
  const files: Record<string, string> = {
    'pipelines/train.py': 'from shared import images\nfrom .steps import prep\nimport pandas\n',
    'pipelines/steps/prep.py': 'from ..helpers import x\n',
    'pipelines/helpers.py': '',
    'shared/__init__.py': '',
    'shared/images.py': 'import shared.registry\n',
    'shared/registry.py': '',
    'unrelated.py': '',
  };
  it('follows the repository modules a pipeline imports, transitively', () => {
    const closure = importClosure('pipelines/train.py', (f) => files[f]);
    expect([...closure].sort()).toEqual([
      'pipelines/helpers.py',
      'pipelines/steps/prep.py',
      'pipelines/train.py',
      'shared/__init__.py',
      'shared/images.py',
      'shared/registry.py',
    ]);
  });
});

describe('affectedPipelines', () => {
  const pipelines = [
    { name: 'a', source: 'p/a.py', imports: new Set(['p/a.py', 'shared/x.py']), dependsOn: [] },
    { name: 'b', source: 'p/b.py', imports: new Set(['p/b.py']), dependsOn: ['data/**/*.csv'] },
    { name: 'c', source: 'p/c.yaml', imports: new Set(['p/c.yaml']), dependsOn: [] },
  ];
  it('names each affected pipeline with the reason', () => {
    expect(
      affectedPipelines(pipelines, ['shared/x.py', 'data/v1/train.csv'], 'kfp-action.yaml'),
    ).toEqual([
      { name: 'a', reason: 'it imports shared/x.py, which changed' },
      { name: 'b', reason: 'data/v1/train.csv changed (dependsOn data/**/*.csv)' },
    ]);
    expect(affectedPipelines(pipelines, ['README.md'], 'kfp-action.yaml')).toEqual([]);
    expect(
      affectedPipelines(pipelines, ['kfp-action.yaml'], 'kfp-action.yaml').map((p) => p.name),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('source lines', () => {
  const text = [
    'from kfp import dsl',
    '',
    '@dsl.component(base_image="python")',
    'def train_model(x: int) -> int:',
    '    return x',
    '',
    '@dsl.pipeline(name="p")',
    'def p(max_depth: int = 4,',
    '      lr: float = 0.1):',
    '    train_model(x=max_depth)',
  ].join('\n');
  it('finds the component def, the parameter and the decorator', () => {
    expect(taskLine(text, { name: 'train-model', component: 'comp-train-model-2' })).toBe(4);
    expect(taskLine(text, { name: 'unknown' })).toBeUndefined();
    expect(parameterLine(text, 'lr')).toBe(9);
    expect(pipelineLine(text)).toBe(7);
  });
});
