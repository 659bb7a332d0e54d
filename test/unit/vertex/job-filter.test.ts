import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { labelsFilter } from '../../../src/adapters/vertex/job-filter.js';
import { labelFilter } from '../../support/fake-vertex/filter.js';

describe('the ListPipelineJobs label filter', () => {
  it('writes AIP-160 equality terms joined by AND, keys bare, values quoted', () => {
    expect(labelsFilter({ 'kfp-pipeline': 'bc', 'kfp-commit': 'abc123' })).toBe(
      'labels.kfp-pipeline="bc" AND labels.kfp-commit="abc123"',
    );
    expect(labelsFilter({ env: 'say "hi" \\o/' })).toBe('labels.env="say \\"hi\\" \\\\o/"');
  });

  it('refuses a key Vertex would not accept instead of sending it', () => {
    expect(() => labelsFilter({ 'Bad Key': 'x' })).toThrow('"Bad Key" is not a Vertex label key');
  });

  it('selects exactly the jobs carrying every label, as the fake server reads it', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9_-]{0,20}$/);
    // Label values: what Vertex allows (and all the fake's split on ` AND ` can take).
    const value = fc.stringMatching(/^[a-z0-9_-]{0,12}$/);
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }),
        fc.dictionary(key, value, { maxKeys: 4 }),
        (wanted, other) => {
          const matches = labelFilter(labelsFilter(wanted));
          expect(matches({ ...other, ...wanted })).toBe(true);
          const [k, v] = Object.entries(wanted)[0]!;
          expect(matches({ ...other, ...wanted, [k]: `${v}x` })).toBe(false);
          const { [k]: _dropped, ...without } = { ...other, ...wanted };
          expect(matches(without)).toBe(false);
        },
      ),
    );
  });
});
