import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

// The config's TypeScript types (src/core/config/types.ts) and its JSON Schema
// (schema/kfp-action.schema.json) describe the same file. The loader validates with the schema
// and the code reads the types, so this test walks both side by side — every object's keys, which
// of them are required, arrays, maps, enums and primitive types — and lists every difference.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const typesFile = path.join(root, 'src/core/config/types.ts');
type Schema = Record<string, unknown>;
const schema = JSON.parse(
  readFileSync(path.join(root, 'schema/kfp-action.schema.json'), 'utf8'),
) as Schema;

/** Keys the schema allows only for editors, with no meaning to the code. */
const EDITOR_ONLY = new Set(['$schema']);

function deref(node: Schema): Schema {
  let n = node;
  while (typeof n.$ref === 'string') {
    const parts = n.$ref.replace(/^#\//, '').split('/');
    n = { ...(parts.reduce<unknown>((o, k) => (o as Schema)[k], schema) as Schema), ...n };
    delete n.$ref;
  }
  return n;
}

function compareConfigTypes(
  typeName: string,
  rootSchema: Schema,
): { problems: string[]; visited: number } {
  const program = ts.createProgram([typesFile], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(typesFile)!;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!);
  const symbol = exported.find((s) => s.name === typeName);
  if (!symbol) return { problems: [`${typeName} is not exported by types.ts`], visited: 0 };
  const problems: string[] = [];
  let visited = 0;

  const primitive = (t: ts.Type): string | undefined => {
    const f = t.flags;
    if (f & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) return 'string';
    if (f & (ts.TypeFlags.Number | ts.TypeFlags.NumberLiteral)) return 'number';
    if (f & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return 'boolean';
    return undefined;
  };

  const walk = (type: ts.Type, node: Schema, where: string): void => {
    visited++;
    const s = deref(node);
    const t = checker.getNonNullableType(type);
    const name = checker.typeToString(t);
    if (name === 'ParameterValue') return; // any JSON value, on both sides
    const literals = t.isUnion() ? t.types : [t];
    if (Array.isArray(s.enum) || 'const' in s) {
      const want = (Array.isArray(s.enum) ? s.enum : [s.const]).map(String).sort();
      const have = literals
        .map((l) => (l.isLiteral() ? String(l.value) : checker.typeToString(l)))
        .map((v) => v.replace(/^"|"$/g, ''))
        .sort();
      if (JSON.stringify(want) !== JSON.stringify(have)) {
        problems.push(`${where}: schema allows ${want.join('|')}, the type ${have.join('|')}`);
      }
      return;
    }
    if (s.type === 'array') {
      if (!checker.isArrayType(t))
        return void problems.push(`${where}: schema array, type ${name}`);
      walk(checker.getTypeArguments(t as ts.TypeReference)[0]!, s.items as Schema, `${where}[]`);
      return;
    }
    if (s.type === 'object' && !s.properties) {
      const index = checker.getIndexInfoOfType(t, ts.IndexKind.String);
      if (!index) return void problems.push(`${where}: schema map, type ${name}`);
      if (typeof s.additionalProperties === 'object') {
        walk(index.type, s.additionalProperties as Schema, `${where}.*`);
      }
      return;
    }
    if (s.type === 'object' || s.properties) {
      const props = checker.getPropertiesOfType(t);
      const schemaProps = (s.properties ?? {}) as Record<string, Schema>;
      const required = new Set((s.required ?? []) as string[]);
      const names = new Set([
        ...props.map((p) => p.name),
        ...Object.keys(schemaProps).filter((k) => !EDITOR_ONLY.has(k)),
      ]);
      for (const key of [...names].sort()) {
        const prop = props.find((p) => p.name === key);
        const sub = schemaProps[key];
        const at = `${where}.${key}`;
        if (!prop) problems.push(`${at}: in the schema, not in the type`);
        else if (!sub) problems.push(`${at}: in the type, not in the schema`);
        else {
          const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
          if (optional === required.has(key)) {
            problems.push(
              `${at}: ${required.has(key) ? 'required' : 'optional'} in the schema, ${optional ? 'optional' : 'required'} in the type`,
            );
          }
          walk(checker.getTypeOfSymbol(prop), sub, at);
        }
      }
      if (s.additionalProperties !== false) problems.push(`${where}: schema allows unknown keys`);
      return;
    }
    const want = s.type === 'integer' ? 'number' : (s.type as string | undefined);
    if (want && !literals.every((l) => primitive(l) === want)) {
      problems.push(`${where}: schema ${String(s.type)}, type ${name}`);
    }
  };

  walk(checker.getDeclaredTypeOfSymbol(symbol), rootSchema, typeName);
  return { problems, visited };
}

describe('the config types and the config JSON Schema', () => {
  it('describe the same file: keys, required keys, arrays, maps, enums and value types', () => {
    const { problems, visited } = compareConfigTypes('KfpActionConfig', schema);
    expect(problems).toEqual([]);
    expect(visited).toBeGreaterThan(40); // the walk really went through the whole config
  });

  it('notices a difference (a key the schema has and the type lacks)', () => {
    const props = schema.properties as Record<string, Schema>;
    const altered = { ...schema, properties: { ...props, extraKey: { type: 'string' } } };
    expect(compareConfigTypes('KfpActionConfig', altered).problems).toEqual([
      'KfpActionConfig.extraKey: in the schema, not in the type',
    ]);
  });
});
