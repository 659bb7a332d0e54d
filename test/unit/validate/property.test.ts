/**
 * Property tests: whatever a PR author does to a compiled pipeline, the validator answers with
 * located findings, never an exception and never an internal error.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { validateText } from '../../../src/core/validate/index.js';
import { BASE } from '../../support/validate/variants.js';
import { loadSpecText } from '../../../src/core/spec/load.js';

const loaded = loadSpecText(BASE, 'base.yaml');
if (!loaded.ok) throw new Error('fixture does not load');
const SPEC = loaded.loaded.spec as unknown as Record<string, unknown>;

/** Every path to a value in a JSON tree. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}
const ALL_PATHS = paths(SPEC).filter((p) => p.length > 0);

type Mutation =
  | { kind: 'replace'; path: number; value: unknown }
  | { kind: 'delete'; path: number }
  | { kind: 'rename'; path: number; name: string };

/** Applies a mutation to a deep copy; paths index ALL_PATHS (stale ones are ignored). */
function mutate(spec: Record<string, unknown>, mutations: Mutation[]): unknown {
  const copy = structuredClone(spec);
  for (const m of mutations) {
    const path = ALL_PATHS[m.path % ALL_PATHS.length]!;
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) {
      parent = (parent as Record<string | number, unknown> | null)?.[key];
      if (parent === null || typeof parent !== 'object') break;
    }
    if (parent === null || typeof parent !== 'object') continue;
    const last = path[path.length - 1]!;
    const p = parent as Record<string | number, unknown>;
    if (!(last in p)) continue;
    if (m.kind === 'replace') p[last] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(p)) p.splice(Number(last), 1);
      else delete p[last];
    } else if (!Array.isArray(p)) {
      p[m.name] = p[last];
      delete p[last];
    }
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }),
  fc.record({
    kind: fc.constant('rename' as const),
    path: fc.nat(),
    // Names that collide with real ones matter most: reuse task/component-like names.
    name: fc.oneof(
      fc.constantFrom('train', 'make-data', 'comp-train', 'exec-train', 'dag', 'Output'),
      fc.string(),
    ),
  }),
);

describe('the validator on mutated pipelines', () => {
  it('never throws and always locates its findings', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const text = stringify(mutate(SPEC, mutations));
        const { diagnostics } = validateText(text, 'mutated.yaml');
        for (const d of diagnostics) {
          expect(d.code).not.toBe('validate/internal-error');
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toContain('\n');
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { valid, diagnostics } = validateText(text, 'random.yaml');
        expect(valid).toBe(false);
        expect(diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
