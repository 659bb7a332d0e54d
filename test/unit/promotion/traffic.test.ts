import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  deployedIdsOf,
  idleDeployments,
  sameSplit,
  servingVersion,
  splitWith,
} from '../../../src/core/promotion/traffic.js';
import type { EndpointState } from '../../../src/core/promotion/types.js';

describe('splitWith', () => {
  it('gives all traffic to the new model when deploying at 100 %', () => {
    expect(splitWith({ a: 100 }, '0', 100)).toEqual({ '0': 100, a: 0 });
  });
  it('keeps the rest on the current models in proportion for a canary', () => {
    expect(splitWith({ a: 100 }, '0', 10)).toEqual({ '0': 10, a: 90 });
    expect(splitWith({ a: 50, b: 50 }, '0', 25)).toEqual({ '0': 25, a: 38, b: 37 });
  });
  it('gives a canary everything when nothing else serves', () => {
    expect(splitWith({}, '0', 10)).toEqual({ '0': 100 });
    expect(splitWith({ a: 0 }, '0', 10)).toEqual({ '0': 100, a: 0 });
  });
  it('is stable when the target already has its share (a re-run changes nothing)', () => {
    expect(splitWith({ a: 90, n: 10 }, 'n', 10)).toEqual({ a: 90, n: 10 });
  });
  it('always yields whole percentages that add up to 100', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z]{1,3}$/), fc.integer({ min: 0, max: 100 })),
        fc.integer({ min: 0, max: 100 }),
        (current, percent) => {
          const split = splitWith(current, '0', percent);
          const values = Object.values(split);
          expect(values.every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
          expect(values.reduce((s, v) => s + v, 0)).toBe(100);
        },
      ),
    );
  });
});

const endpoint: EndpointState = {
  name: 'projects/p/locations/r/endpoints/1',
  displayName: 'bc-production',
  deployedModels: [
    { id: '11', model: 'projects/p/locations/r/models/bc', versionId: '7' },
    { id: '12', model: 'projects/p/locations/r/models/bc@8', versionId: '8' },
  ],
  trafficSplit: { '11': 0, '12': 100 },
};

describe('endpoint helpers', () => {
  it('finds deployments of a version, idle deployments and the serving version', () => {
    expect(deployedIdsOf(endpoint, 'projects/p/locations/r/models/bc', '8')).toEqual(['12']);
    expect(deployedIdsOf(endpoint, 'projects/p/locations/r/models/other', '8')).toEqual([]);
    expect(idleDeployments(endpoint, endpoint.trafficSplit)).toEqual(['11']);
    expect(servingVersion(endpoint)).toBe('8');
    expect(sameSplit({ a: 100 }, { a: 100, b: 0 })).toBe(true);
    expect(sameSplit({ a: 90, b: 10 }, { a: 100 })).toBe(false);
  });
});
