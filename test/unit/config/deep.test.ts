import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../src/core/config/load.js';

describe('loadConfig: nesting', () => {
  it('refuses nesting deeper than 100 before parsing, located where the limit is crossed', () => {
    const text = 'version: 1\npipelines: ' + '['.repeat(200_000) + ']'.repeat(200_000) + '\n';
    const { diagnostics } = loadConfig(text, 'kfp-action.yaml');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'config/too-deep', line: 2, column: 12 + 99 }),
    ]);
  });

  it('reads an ordinary config as before', () => {
    const { diagnostics } = loadConfig(
      'version: 1\npipelines:\n  - name: a\n    source: a.py\n',
      'k.yaml',
    );
    expect(diagnostics.filter((d) => d.code === 'config/too-deep')).toEqual([]);
  });
});
