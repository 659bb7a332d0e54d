// The layer rule of src/ (docs/adr/0004-pure-core-ports-adapters.md), as an ESLint rule: every
// relative import (static, dynamic, `export … from`) is resolved against the importing file, and
// the folder it lands in must be one the importer's folder may use. Dependencies point one way:
//
//   core ← ports ← adapters / local / commands ← entries (src/*.ts)
//   settings (the only reader of inputs and flags) sits beside ports: core and itself only.
//
// A folder missing from LAYERS is an error too, so a new top-level folder must be placed.
import path from 'node:path';

/** Folder of src/ → the folders its files may import (besides their own). */
export const LAYERS = {
  core: [],
  ports: ['core'],
  settings: ['core'],
  adapters: ['core', 'ports'],
  local: ['core', 'ports'],
  commands: ['core', 'ports', 'settings'],
  entries: ['core', 'ports', 'settings', 'adapters', 'local', 'commands'],
};

/** The layer of an absolute path under `src` (undefined outside src/). */
export function layerOf(srcDir, file) {
  const rel = path.relative(srcDir, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  return parts.length === 1 ? 'entries' : parts[0];
}

/** Why `from` may not import `to`, or undefined when it may. */
export function layerViolation(srcDir, from, to) {
  const a = layerOf(srcDir, from);
  const b = layerOf(srcDir, to);
  if (a === undefined) return undefined;
  if (!(a in LAYERS)) return `src/${a}/ is not a known layer: add it to scripts/eslint-layers.js`;
  if (b === undefined) {
    // Data files beside src/ (schema/*.json) are fine; code outside src/ is not.
    return /\.json$/.test(to) ? undefined : `src/ may not import code outside src/ (${to})`;
  }
  if (a === b || LAYERS[a].includes(b)) return undefined;
  const allowed = [a, ...LAYERS[a]].map((l) => (l === 'entries' ? 'src/*.ts' : `src/${l}/`));
  return `src/${a}/ may import only ${allowed.join(', ')}; this imports src/${b === 'entries' ? '' : b + '/'}${path.basename(to)}`;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports follow the layers of src/ (ADR 0004)' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const srcDir = path.join(context.cwd, 'src');
    if (layerOf(srcDir, file) === undefined) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source.value);
      const why = layerViolation(srcDir, file, target);
      if (why) context.report({ node: source, message: why });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { rules: { layers: rule } };
