/** The static pipeline scan: decorators found from the text alone, never in comments or strings. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  looksLikePipelineSpec,
  outermostPipelines,
  scanPython,
} from '../../../src/core/compile/scan.js';

const root = path.resolve(import.meta.dirname, '../../..');
const fns = (text: string) => scanPython(text).pipelines.map((p) => p.function);

describe('scanPython', () => {
  it('finds @dsl.pipeline with and without arguments, over several lines', () => {
    const text = [
      'from kfp import dsl',
      '',
      '@dsl.pipeline',
      'def bare(): pass',
      '',
      '@dsl.pipeline(',
      "    name='with-args',",
      '    description="multi",  # a comment',
      ')',
      'def with_args(x: int = 1):',
      '    step(x=x)',
      '',
      '@dsl . pipeline ( name = "spaced" )',
      'async def spaced(): pass',
    ].join('\n');
    const scan = scanPython(text);
    expect(scan.pipelines).toEqual([
      { function: 'bare', line: 3, calls: [] },
      { function: 'with_args', line: 6, name: 'with-args', calls: ['step'] },
      { function: 'spaced', line: 13, name: 'spaced', calls: [] },
    ]);
  });

  it('knows kfp.dsl.pipeline, a bare imported @pipeline and aliases', () => {
    expect(fns('import kfp\n@kfp.dsl.pipeline(name="a")\ndef a(): pass\n')).toEqual(['a']);
    expect(fns('from kfp.dsl import pipeline\n@pipeline\ndef b(): pass\n')).toEqual(['b']);
    expect(
      fns('from kfp.dsl import (component, pipeline as pl)\n@pl(name="c")\ndef c(): pass\n'),
    ).toEqual(['c']);
    expect(fns('from kfp import dsl as k\n@k.pipeline()\ndef d(): pass\n')).toEqual(['d']);
    expect(fns('import kfp.dsl as d2\n@d2.pipeline\ndef e(): pass\n')).toEqual(['e']);
    expect(fns('import kfp as kk\n@kk.dsl.pipeline\ndef f(): pass\n')).toEqual(['f']);
  });

  it('ignores decorators in comments and strings, other decorators and nested functions', () => {
    const text = [
      'from kfp import dsl',
      '# @dsl.pipeline',
      '# def commented(): pass',
      'DOC = """',
      '@dsl.pipeline',
      'def in_string(): pass',
      '"""',
      "x = '@dsl.pipeline'",
      '@dsl.component',
      'def comp(): pass',
      '@pipeline  # not imported from kfp',
      'def other(): pass',
      'def factory():',
      '    @dsl.pipeline',
      '    def nested(): pass',
      '    return nested',
      'class Holder:',
      '    @dsl.pipeline',
      '    def method(self): pass',
      '@dsl.pipeline',
      'def real(): pass',
    ].join('\n');
    expect(fns(text)).toEqual(['real']);
  });

  it('recovers after an unterminated string and keeps line numbers', () => {
    const text = "from kfp import dsl\nbroken = 'no end\n\n@dsl.pipeline\ndef after(): pass\n";
    expect(scanPython(text).pipelines).toEqual([{ function: 'after', line: 4, calls: [] }]);
  });

  it('never throws, whatever the text (property test)', () => {
    const pieces = fc.constantFrom(
      '@dsl.pipeline',
      '(',
      ')',
      '\n',
      '    ',
      "'",
      '"""',
      '#',
      '\\',
      'def f():',
      'class C:',
      'from kfp.dsl import pipeline as p\n',
      '@p',
      ';',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const scan = scanPython(parts.join(''));
        for (const p of scan.pipelines) expect(p.line).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the breast-cancer example', () => {
    const text = readFileSync(path.join(root, 'examples/breast-cancer/pipeline.py'), 'utf8');
    expect(fns(text)).toEqual(['breast_cancer_pipeline']);
  });
});

describe('outermostPipelines', () => {
  it('drops pipelines another pipeline calls, in the same module or through an import', () => {
    const shared = scanPython('from kfp import dsl\n@dsl.pipeline\ndef preprocess(): pass\n');
    const main = scanPython(
      [
        'from kfp import dsl',
        'from lib.shared import preprocess as prep',
        '@dsl.pipeline',
        'def inner():',
        '    step()',
        '@dsl.pipeline',
        'def outer():',
        '    inner()',
        '    prep()',
      ].join('\n'),
    );
    const result = outermostPipelines([
      { file: 'lib/shared.py', scan: shared },
      { file: 'pipelines/main.py', scan: main },
    ]);
    expect(result.get('lib/shared.py')).toEqual([]);
    expect(result.get('pipelines/main.py')!.map((p) => p.function)).toEqual(['outer']);
  });
});

describe('looksLikePipelineSpec', () => {
  it('accepts compiled IR (YAML and JSON) and refuses other YAML', () => {
    const ir = readFileSync(path.join(root, 'test/fixtures/kfp-ir/hello_world.yaml'), 'utf8');
    expect(looksLikePipelineSpec(ir)).toBe(true);
    expect(
      looksLikePipelineSpec(
        JSON.stringify({ pipelineInfo: { name: 'x' }, root: {}, schemaVersion: '2.1.0' }),
      ),
    ).toBe(true);
    expect(looksLikePipelineSpec('name: kfp PR check\non:\n  pull_request:\n')).toBe(false);
    expect(looksLikePipelineSpec('{"name": "package", "version": "1.0.0"}')).toBe(false);
  });
});
