// Third-party notices for dist/: every npm package esbuild bundled (from its metafile), with the
// licence package.json declares and the text of its LICENSE / NOTICE files. scripts/build.mjs
// writes dist/THIRD_PARTY_NOTICES.md with it and fails when a package's licence is missing or not
// on the allow-list; test/unit/release/notices.test.ts holds the same rules over a real build.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Licences (SPDX ids) whose terms let us ship the package inside dist/ with its notice. */
export const ALLOWED_LICENSES = Object.freeze([
  '0BSD',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'CC0-1.0',
  'ISC',
  'MIT',
  'Unlicense',
]);

/**
 * Packages that publish no licence file. Each entry says where the licence text is instead; any
 * other package without one fails the build.
 */
export const WITHOUT_LICENSE_FILE = Object.freeze({
  '@google-cloud/aiplatform':
    'The package ships no licence file; the Apache License 2.0 text is in LICENSE, next to this file.',
  'data-uri-to-buffer':
    'The package ships no licence file; its package.json declares MIT, by Nathan Rajlich <nathan@tootallnate.net> (http://n8.io/).',
});

const NOTICE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;
const NODE_MODULES = `node_modules${path.sep}`;

/** The package folder an input file of the bundle belongs to, or undefined for our own sources. */
export function packageDirOf(file) {
  const at = file.lastIndexOf(NODE_MODULES);
  if (at === -1) return undefined;
  const parts = file.slice(at + NODE_MODULES.length).split(path.sep);
  const name = parts[0]?.startsWith('@') ? `${parts[0]}${path.sep}${parts[1]}` : parts[0];
  return file.slice(0, at + NODE_MODULES.length) + name;
}

/**
 * Every package with at least one file in the bundle, by `name@version`, sorted by name: `name`,
 * `version`, `license` (the SPDX expression, or undefined), `files` (its licence and notice
 * files: name and text).
 */
export function bundledPackages(metafile, root) {
  const dirs = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(path.resolve(root, input));
    if (dir) dirs.add(dir);
  }
  const byId = new Map();
  for (const dir of dirs) {
    const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const id = `${json.name}@${json.version}`;
    if (byId.has(id)) continue;
    const files = readdirSync(dir)
      .filter((f) => NOTICE_FILE.test(f))
      .sort()
      .map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') }));
    byId.set(id, { name: json.name, version: json.version, license: licenseOf(json), files });
  }
  return [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

/** package.json `license` (SPDX), or the old `licenses: [{type}]` form joined with OR. */
function licenseOf(json) {
  if (typeof json.license === 'string' && json.license.trim()) return json.license.trim();
  if (json.license && typeof json.license.type === 'string') return json.license.type;
  if (Array.isArray(json.licenses) && json.licenses.length > 0) {
    return json.licenses.map((l) => l?.type ?? String(l)).join(' OR ');
  }
  return undefined;
}

/** True when an SPDX expression can be met with allowed licences: an `OR` needs one allowed
 * branch, an `AND` needs all. Parentheses are read; `WITH` exceptions are not allowed. */
export function isAllowed(expression, allowed = ALLOWED_LICENSES) {
  const tokens = expression.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const any = () => {
    let ok = all();
    while (tokens[at]?.toUpperCase() === 'OR') {
      at++;
      ok = all() || ok;
    }
    return ok;
  };
  const all = () => {
    let ok = one();
    while (tokens[at]?.toUpperCase() === 'AND') {
      at++;
      ok = one() && ok;
    }
    return ok;
  };
  const one = () => {
    const token = tokens[at++];
    if (token === '(') {
      const ok = any();
      if (tokens[at++] !== ')') return false;
      return ok;
    }
    return token !== undefined && allowed.includes(token);
  };
  const ok = any();
  return ok && at === tokens.length;
}

/** What stops the notices: a package without a licence, with one not allowed, or without a
 * licence file (unless WITHOUT_LICENSE_FILE says where its text is). One line per problem. */
export function noticeProblems(packages) {
  const problems = [];
  for (const p of packages) {
    const id = `${p.name}@${p.version}`;
    if (!p.license) problems.push(`${id}: package.json declares no licence`);
    else if (!isAllowed(p.license)) {
      problems.push(
        `${id}: licence "${p.license}" is not on the allow-list (${ALLOWED_LICENSES.join(', ')})`,
      );
    }
    if (
      !p.files.some((f) => /^(licen[cs]e|copying)/i.test(f.name)) &&
      !WITHOUT_LICENSE_FILE[p.name]
    ) {
      problems.push(`${id}: no LICENSE file in the package (see WITHOUT_LICENSE_FILE)`);
    }
  }
  return problems;
}

/** The notices file: a table of every package, then each package's licence and notice texts. */
export function renderNotices(product, packages) {
  const lines = [
    '# Third-party notices',
    '',
    `${product} bundles the following ${packages.length} npm packages into dist/. Their licences and`,
    'notices follow. This file is generated by scripts/build.mjs; do not edit it.',
    '',
    '| Package | Version | Licence |',
    '| --- | --- | --- |',
    ...packages.map((p) => `| ${p.name} | ${p.version} | ${p.license} |`),
  ];
  for (const p of packages) {
    lines.push('', `## ${p.name} ${p.version}`, '', `Licence: ${p.license}`);
    if (WITHOUT_LICENSE_FILE[p.name]) lines.push('', WITHOUT_LICENSE_FILE[p.name]);
    for (const f of p.files) {
      lines.push(
        '',
        `### ${f.name}`,
        '',
        '````text',
        f.text.replace(/\r\n?/g, '\n').trimEnd(),
        '````',
      );
    }
  }
  return lines.join('\n') + '\n';
}

/** Writes `<outdir>/THIRD_PARTY_NOTICES.md` for a build's metafile; throws on any problem. */
export function writeNotices(metafile, root, outdir) {
  const packages = bundledPackages(metafile, root);
  const problems = noticeProblems(packages);
  if (problems.length > 0) {
    throw new Error(`third-party licences:\n  ${problems.join('\n  ')}`);
  }
  const { name } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  writeFileSync(path.join(outdir, 'THIRD_PARTY_NOTICES.md'), renderNotices(name, packages));
  return packages;
}
