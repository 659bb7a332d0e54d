/** Pinned package versions against the venv's: which requirements the installed version misses. */
import { describe, expect, it } from '@jest/globals';
import type { PipelineSpec } from '../../../src/core/spec/types.js';
import { pinMismatches } from '../../../src/local/package-pins.js';

/** The pip preamble the KFP compiler writes for `packages_to_install`. */
const preamble = (...packages: string[]) =>
  `python3 -m pip install --quiet --no-warn-script-location 'kfp==2.7.0' ${packages.map((p) => `'${p}'`).join(' ')} && "$0" "$@"\n`;

function spec(executors: Record<string, string[]>): PipelineSpec {
  return {
    pipelineInfo: { name: 'p' },
    deploymentSpec: {
      executors: Object.fromEntries(
        Object.entries(executors).map(([label, packages]) => [
          label,
          { container: { image: 'python:3.11', command: ['sh', '-c', preamble(...packages)] } },
        ]),
      ),
    },
  } as unknown as PipelineSpec;
}

const venv = new Map([
  ['pandas', '3.1.1'],
  ['numpy', '2.4.6'],
  ['pyyaml', '6.0.4'],
  ['scikit_learn', '1.5.0rc1'],
  ['kfp', '2.17.3'],
]);

describe('package pins', () => {
  it('lists the requirements the venv does not satisfy, with the executors asking', () => {
    const found = pinMismatches(
      spec({
        'exec-a': ['pandas==2.2.0', 'numpy>=2,<3', 'pyyaml~=6.0'],
        'exec-b': ['pandas==2.2.0', 'numpy<2'],
      }),
      venv,
    );
    expect(found).toEqual([
      {
        requirement: 'pandas==2.2.0',
        name: 'pandas',
        installed: '3.1.1',
        executors: ['exec-a', 'exec-b'],
      },
      { requirement: 'numpy<2', name: 'numpy', installed: '2.4.6', executors: ['exec-b'] },
    ]);
  });

  it('reads PEP 440 versions: wildcards, compatible releases, pre-releases, equal trailing zeros', () => {
    const check = (req: string) => pinMismatches(spec({ 'exec-a': [req] }), venv).length === 0;
    expect(check('pandas==3.1.*')).toBe(true);
    expect(check('pandas==3.2.*')).toBe(false);
    expect(check('pandas!=3.1.*')).toBe(false);
    expect(check('pandas~=3.0')).toBe(true);
    expect(check('pandas~=3.0.0')).toBe(false);
    expect(check('pandas==3.1.1.0')).toBe(true);
    expect(check('pandas>3.1.1')).toBe(false);
    expect(check('scikit-learn>=1.5')).toBe(false); // 1.5.0rc1 comes before 1.5
    expect(check('scikit-learn>=1.5.0rc1')).toBe(true);
    expect(check('Pandas[excel]>=3')).toBe(true);
  });

  it('leaves out kfp (the venv runs its own), names without a version and missing packages', () => {
    expect(
      pinMismatches(spec({ 'exec-a': ['kfp==2.7.0', 'pandas', 'absent==1.0'] }), venv),
    ).toEqual([]);
  });
});
