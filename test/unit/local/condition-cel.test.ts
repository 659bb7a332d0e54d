/**
 * Differential test of the condition evaluator against a maintained CEL implementation
 * (@marcbachmann/cel-js, a devDependency): every trigger condition in the corpus of real compiled
 * KFP IR (../shared/corpus/kfp-ir, when present) and in the project's fixtures, with parameter sets
 * built from each condition's own literals so that every branch is taken — both must agree on the
 * value or both report an error.
 */
import { describe, expect, it } from '@jest/globals';
import { evaluate as celEvaluate } from '@marcbachmann/cel-js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ParameterValue } from '../../../src/core/result/model.js';
import { evaluateCondition } from '../../../src/local/condition.js';

const root = path.resolve(import.meta.dirname, '../../..');
const corpus = process.env.KFP_IR_CORPUS ?? path.resolve(root, '../shared/corpus/kfp-ir');
const haveCorpus = existsSync(corpus);
if (!haveCorpus) console.warn(`corpus conditions skipped: ${corpus} is absent`);

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(full);
    return /\.ya?ml$/.test(e.name) ? [full] : [];
  });
}

function conditionsIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) conditionsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'condition' && typeof v === 'string') out.add(v);
      else conditionsIn(v, out);
    }
  }
}

function collect(files: readonly string[]): string[] {
  const out = new Set<string>();
  for (const file of files) {
    try {
      for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
        if (!Array.isArray(doc)) conditionsIn(doc.toJS(), out);
      }
    } catch {
      // invalid/ holds files that are not YAML on purpose
    }
  }
  return [...out].sort();
}

/** Conditions the KFP compiler writes that the fixtures do not have, and CEL's sharper edges. */
const EXTRA = [
  "int(inputs.parameter_values['n']) > -1",
  "double(inputs.parameter_values['x']) >= 0.5",
  "string(inputs.parameter_values['x']) == '3'",
  "bool(inputs.parameter_values['b']) == true",
  "inputs.parameter_values['a'] == 'x' || int(inputs.parameter_values['n']) > 2",
  "int(inputs.parameter_values['n']) > 2 || inputs.parameter_values['a'] == 'x'",
  "inputs.parameter_values['a'] < inputs.parameter_values['b']",
  "inputs.parameter_values['a'] == 'caf\\u00e9'",
];

/** Candidate values for one parameter: the literals of the expression and their neighbours. */
function candidates(expression: string): ParameterValue[] {
  const values: ParameterValue[] = [true, false, 'other', '3.7', '3', 7, 2.5, 'caf\u00e9'];
  for (const m of expression.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) {
    const text = m[1] ?? m[2] ?? '';
    if (!text.startsWith('pipelinechannel--') && !/^[a-z]$/.test(text)) values.push(text);
  }
  const code = expression.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
  for (const m of code.matchAll(/(?<![\w.])(-?\d+(?:\.\d+)?)(?![\w])/g)) {
    const n = Number(m[1]);
    values.push(n, n - 1, n + 1, String(n), String(n + 1));
  }
  return [...new Set(values.map((v) => JSON.stringify(v)))].map((v) => JSON.parse(v));
}

function keysOf(expression: string): string[] {
  return [...new Set([...expression.matchAll(/parameter_values\['([^']+)'\]/g)].map((m) => m[1]!))];
}

/** Parameter sets: each key through every candidate, the others fixed (then a few pairs). */
function parameterSets(expression: string): Record<string, ParameterValue>[] {
  const keys = keysOf(expression);
  const values = candidates(expression);
  const sets: Record<string, ParameterValue>[] = [];
  for (const base of values) {
    const fixed = Object.fromEntries(keys.map((k) => [k, base]));
    sets.push(fixed);
    for (const key of keys) for (const v of values) sets.push({ ...fixed, [key]: v });
  }
  return sets;
}

type Answer = boolean | 'error';

function ours(expression: string, params: Record<string, ParameterValue>): Answer {
  try {
    return evaluateCondition(expression, params);
  } catch {
    return 'error';
  }
}

function cel(expression: string, params: Record<string, ParameterValue>): Answer {
  try {
    const v: unknown = celEvaluate(expression, { inputs: { parameter_values: params } });
    return typeof v === 'boolean' ? v : 'error';
  } catch {
    return 'error';
  }
}

function differences(conditions: readonly string[]) {
  const wrong: string[] = [];
  const oneSided: string[] = [];
  for (const expression of conditions) {
    const seen = new Set<Answer>();
    for (const params of parameterSets(expression)) {
      const expected = cel(expression, params);
      const got = ours(expression, params);
      seen.add(expected);
      if (got !== expected) {
        wrong.push(`${expression} with ${JSON.stringify(params)}: ours ${got}, CEL ${expected}`);
      }
    }
    if (!seen.has(true) || !seen.has(false)) oneSided.push(expression);
  }
  return { wrong: wrong.slice(0, 20), oneSided };
}

describe('conditions: our evaluator agrees with CEL (@marcbachmann/cel-js)', () => {
  const fixtureConditions = collect([
    ...yamlFiles(path.join(root, 'test/fixtures')),
    ...yamlFiles(path.join(root, 'examples')),
  ]);

  it('on the fixtures and the sharper edges, every branch taken', () => {
    const conditions = [...fixtureConditions, ...EXTRA];
    expect(conditions.length).toBeGreaterThan(EXTRA.length);
    expect(differences(conditions)).toEqual({ wrong: [], oneSided: [] });
  });

  (haveCorpus ? it : it.skip)('on every condition of the corpus, every branch taken', () => {
    const conditions = collect(yamlFiles(corpus));
    expect(conditions.length).toBeGreaterThanOrEqual(30);
    expect(differences(conditions)).toEqual({ wrong: [], oneSided: [] });
  });

  it("int('3.7') is an error, as in CEL; int(3.7) truncates", () => {
    const c = "int(inputs.parameter_values['n']) == 3";
    expect(ours(c, { n: '3.7' })).toBe('error');
    expect(cel(c, { n: '3.7' })).toBe('error');
    expect(ours(c, { n: 3.7 })).toBe(true);
    expect(ours(c, { n: '3' })).toBe(true);
  });
});
