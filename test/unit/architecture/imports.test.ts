import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error — a plain ES module of the ESLint config, without types.
import { layerViolation } from '../../../scripts/eslint-layers.js';

// The shape of src/ (docs/adr/0004-pure-core-ports-adapters.md): the layer rule ESLint applies,
// no runtime import cycle, and every package src/ imports declared in package.json.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const src = path.join(root, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

interface Import {
  readonly specifier: string;
  /** `import type` / `export type`: erased at run time. */
  readonly typeOnly: boolean;
}

/** Static imports, re-exports and dynamic imports of one file. */
function importsOf(text: string): Import[] {
  const out: Import[] = [];
  const staticRe = /^(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(staticRe)) out.push({ specifier: m[3]!, typeOnly: !!m[2] });
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    out.push({ specifier: m[1]!, typeOnly: false });
  }
  return out;
}

const files = sources(src);
const graph = new Map<string, { file: string; typeOnly: boolean }[]>(
  files.map((f) => [
    f,
    importsOf(readFileSync(f, 'utf8'))
      .filter((i) => i.specifier.startsWith('.'))
      .map((i) => ({
        file: path.resolve(path.dirname(f), i.specifier.replace(/\.js$/, '.ts')),
        typeOnly: i.typeOnly,
      })),
  ]),
);

describe('the layers of src/', () => {
  const rel = (p: string) => path.join(src, p);

  it('lets each layer import only the layers below it', () => {
    expect(layerViolation(src, rel('core/a/x.ts'), rel('core/b/y.ts'))).toBeUndefined();
    expect(layerViolation(src, rel('ports/x.ts'), rel('core/spec/y.ts'))).toBeUndefined();
    expect(layerViolation(src, rel('commands/x.ts'), rel('settings/y.ts'))).toBeUndefined();
    expect(layerViolation(src, rel('main.ts'), rel('adapters/a/y.ts'))).toBeUndefined();
    expect(layerViolation(src, rel('core/x.ts'), path.join(root, 'schema/s.json'))).toBeUndefined();
  });

  it.each([
    ['core/spec/x.ts', 'ports/y.ts'],
    ['core/spec/x.ts', 'adapters/a/y.ts'],
    ['core/spec/x.ts', 'local/y.ts'],
    ['core/spec/x.ts', 'main.ts'],
    ['ports/x.ts', 'local/y.ts'],
    ['ports/x.ts', 'commands/y.ts'],
    ['settings/x.ts', 'commands/y.ts'],
    ['adapters/a/x.ts', 'local/y.ts'],
    ['adapters/a/x.ts', 'settings/y.ts'],
    ['local/x.ts', 'adapters/a/y.ts'],
    ['commands/x.ts', 'adapters/a/y.ts'],
    ['commands/x.ts', 'local/y.ts'],
    ['brand-new/x.ts', 'core/y.ts'],
  ])('refuses %s → %s', (from, to) => {
    expect(layerViolation(src, rel(from), rel(to))).toMatch(/may import only|not a known layer/);
  });

  it('refuses code outside src/', () => {
    expect(layerViolation(src, rel('core/x.ts'), path.join(root, 'scripts/build.mjs'))).toMatch(
      /outside src/,
    );
  });

  it('holds for every import in src/ (the same rule ESLint runs)', () => {
    const broken = [...graph].flatMap(([from, deps]) =>
      deps.flatMap((d) => {
        const why = layerViolation(src, from, d.file);
        return why ? [`${path.relative(root, from)}: ${why}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});

describe('the import graph of src/', () => {
  it('has no runtime import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const stack: string[] = [];
    const visit = (f: string) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push(
          stack
            .slice(stack.indexOf(f))
            .concat(f)
            .map((p) => path.relative(src, p))
            .join(' → '),
        );
        return;
      }
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) if (!d.typeOnly && graph.has(d.file)) visit(d.file);
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files) visit(f);
    expect(cycles).toEqual([]);
  });

  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([from, deps]) =>
      deps
        .filter((d) => !d.file.endsWith('.json') && !graph.has(d.file))
        .map((d) => `${path.relative(root, from)} → ${path.relative(root, d.file)}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the compile stage', () => {
  it('is the only place outside the core that loads IR: later stages take its loaded specs', () => {
    const loaders = files
      .filter((f) => !path.relative(src, f).startsWith('core'))
      .filter((f) => /\bloadSpec(Bytes|Text)\b/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(src, f));
    expect(loaders).toEqual([path.join('commands', 'compile-pipelines.ts')]);
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const declared = new Set([
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.devDependencies ?? {}),
  ]);
  const builtins = new Set(builtinModules);
  const packageOf = (s: string) =>
    s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!;
  const used = new Set(
    files.flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .map((i) => i.specifier)
        .filter((s) => !s.startsWith('.') && !s.startsWith('node:') && !builtins.has(s))
        .map(packageOf),
    ),
  );

  it('declares every package that src/ imports', () => {
    expect([...used].filter((p) => !declared.has(p)).sort()).toEqual([]);
  });

  it('lists as runtime dependencies only packages that src/ imports', () => {
    const unused = Object.keys(pkg.dependencies ?? {}).filter((p) => !used.has(p));
    expect(unused.sort()).toEqual([]);
  });
});
