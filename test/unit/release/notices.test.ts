/**
 * Third-party notices: every npm package bundled into dist/ is listed in
 * dist/THIRD_PARTY_NOTICES.md with its licence and licence text, and the build fails when a
 * bundled package's licence is missing or not on the allow-list.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import {
  bundledPackages,
  isAllowed,
  noticeProblems,
  packageDirOf,
  writeNotices,
  type BundledPackage,
} from '../../../scripts/notices.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-notices-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const pkg = (over: Partial<BundledPackage>): BundledPackage => ({
  name: 'p',
  version: '1.0.0',
  license: 'MIT',
  files: [{ name: 'LICENSE', text: 'MIT License' }],
  ...over,
});

describe('the licence rules', () => {
  it('reads SPDX expressions: OR needs one allowed branch, AND needs all', () => {
    expect(isAllowed('MIT')).toBe(true);
    expect(isAllowed('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(isAllowed('MIT AND GPL-3.0-only')).toBe(false);
    expect(isAllowed('(MIT AND BSD-3-Clause) OR LGPL-2.1')).toBe(true);
    expect(isAllowed('GPL-3.0-or-later')).toBe(false);
    expect(isAllowed('Apache-2.0 WITH LLVM-exception')).toBe(false);
    expect(isAllowed('SEE LICENSE IN LICENSE.txt')).toBe(false);
  });
  it('fails a package without licence, with a licence not allowed, or without a licence file', () => {
    expect(noticeProblems([pkg({})])).toEqual([]);
    expect(
      noticeProblems([
        pkg({ name: 'a', license: undefined }),
        pkg({ name: 'b', license: 'AGPL-3.0-only' }),
        pkg({ name: 'c', files: [{ name: 'NOTICE', text: 'x' }] }),
      ]),
    ).toEqual([
      'a@1.0.0: package.json declares no licence',
      expect.stringMatching(/^b@1\.0\.0: licence "AGPL-3\.0-only" is not on the allow-list \(/),
      'c@1.0.0: no LICENSE file in the package (see WITHOUT_LICENSE_FILE)',
    ]);
  });
  it('finds the package folder of a bundled file, scoped or nested', () => {
    const nm = `${path.sep}r${path.sep}node_modules${path.sep}`;
    expect(packageDirOf(`${nm}@a${path.sep}b${path.sep}lib${path.sep}x.js`)).toBe(
      `${nm}@a${path.sep}b`,
    );
    expect(packageDirOf(`${nm}a${path.sep}node_modules${path.sep}c${path.sep}index.js`)).toBe(
      `${nm}a${path.sep}node_modules${path.sep}c`,
    );
    expect(packageDirOf(`${path.sep}r${path.sep}src${path.sep}x.ts`)).toBeUndefined();
  });
});

describe('a bundle with a package under a licence not allowed', () => {
  it('lists the package and the build of the notices fails on it', async () => {
    const project = path.join(tmp, 'project');
    const gpl = path.join(project, 'node_modules', 'copyleft');
    mkdirSync(gpl, { recursive: true });
    writeFileSync(
      path.join(gpl, 'package.json'),
      JSON.stringify({ name: 'copyleft', version: '2.0.0', license: 'GPL-3.0-only', main: 'i.js' }),
    );
    writeFileSync(path.join(gpl, 'i.js'), 'module.exports = 1;\n');
    writeFileSync(path.join(gpl, 'COPYING'), 'GNU GENERAL PUBLIC LICENSE\n');
    writeFileSync(path.join(project, 'main.js'), "import x from 'copyleft';\nconsole.log(x);\n");
    const result = await build({
      absWorkingDir: project,
      entryPoints: ['main.js'],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      logLevel: 'silent',
    });
    const packages = bundledPackages(result.metafile, project);
    expect(packages.map((p) => [p.name, p.version, p.license, p.files.map((f) => f.name)])).toEqual(
      [['copyleft', '2.0.0', 'GPL-3.0-only', ['COPYING']]],
    );
    expect(noticeProblems(packages)).toEqual([
      expect.stringContaining('copyleft@2.0.0: licence "GPL-3.0-only" is not on the allow-list'),
    ]);
    expect(() => writeNotices(result.metafile, project, path.join(tmp, 'out'))).toThrow(
      /copyleft@2\.0\.0: licence "GPL-3\.0-only"/,
    );
  });
});

describe('dist/THIRD_PARTY_NOTICES.md from the real build', () => {
  let notices: string;
  let bundled: BundledPackage[];
  beforeAll(() => {
    const out = path.join(tmp, 'dist');
    const metafile = path.join(tmp, 'metafile.json');
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), out], {
      cwd: root,
      env: { ...process.env, KFP_BUILD_METAFILE: metafile },
    });
    notices = readFileSync(path.join(out, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    // The same build's inputs, to hold the file against.
    bundled = bundledPackages(JSON.parse(readFileSync(metafile, 'utf8')), root);
  });
  it('every bundled package has an allowed licence and its licence text', () => {
    expect(bundled.length).toBeGreaterThan(50);
    expect(noticeProblems(bundled)).toEqual([]);
  });
  it('lists every bundled package with its version and licence, and its licence text', () => {
    for (const p of bundled) {
      expect(notices).toContain(`| ${p.name} | ${p.version} | ${p.license} |`);
      expect(notices).toContain(`## ${p.name} ${p.version}\n`);
    }
    expect(notices).toContain('Permission is hereby granted, free of charge'); // MIT's text
    expect(notices).toContain('Apache License');
  });
});
