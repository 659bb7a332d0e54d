import { describe, expect, it } from '@jest/globals';
import { canonicalJson, specDigest } from '../../../src/core/spec/digest.js';
import { loadSpecText } from '../../../src/core/spec/load.js';
import type { PipelineSpec } from '../../../src/core/spec/types.js';
import { BASE } from '../../support/validate/variants.js';

const spec = (text: string): PipelineSpec => {
  const r = loadSpecText(text, 'x.yaml');
  if (!r.ok) throw new Error(r.diagnostics[0]?.message);
  return r.loaded.spec;
};

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: null }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"x":null,"y":1}]},"b":1}',
    );
  });
});

describe('specDigest', () => {
  const base = spec(BASE);

  it('is a sha256 hex digest', () => {
    expect(specDigest(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores sdkVersion and key order', () => {
    const other = spec(BASE.replace('sdkVersion: kfp-2.17.3', 'sdkVersion: kfp-2.99.0'));
    expect(specDigest(other)).toBe(specDigest(base));
    const { root, ...rest } = base;
    const reordered = { root, ...rest } as PipelineSpec;
    expect(Object.keys(reordered)[0]).toBe('root');
    expect(specDigest(reordered)).toBe(specDigest(base));
  });

  it('changes when the pipeline changes', () => {
    const other = spec(BASE.replace("raw: '[1, 2, 3]'", "raw: '[1, 2]'"));
    expect(specDigest(other)).not.toBe(specDigest(base));
  });
});
