/**
 * scripts/release.mjs, the steps of the release workflow: the tag, package.json and the changelog
 * agree; the release notes are the changelog's section; and the release commit pins every
 * reference the reusable workflows make to this repository to the released commit
 * (docs/adr/0011-release-commit-pins-the-action.md), leaving workflows that still lint clean.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  changelogSection,
  parseReleaseTag,
  pinWorkflowRefs,
  releaseProblems,
} from '../../../scripts/release.mjs';
import {
  actionlint,
  unpinnedUses,
  workflowSchemaErrors,
} from '../../support/workflow-lint/index.js';

const root = path.resolve(import.meta.dirname, '../../..');
const SHA = 'a'.repeat(40);
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kfp-release-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CHANGELOG = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.2.0] - 2026-12-01',
  '',
  '### Added',
  '',
  '- a thing',
  '',
  '## [1.1.0] - 2026-11-01',
  '',
  '- older',
  '',
  '[Unreleased]: https://github.com/kfp-action/kfp-action/compare/v1.2.0...HEAD',
  '[1.2.0]: https://github.com/kfp-action/kfp-action/compare/v1.1.0...v1.2.0',
  '',
].join('\n');

describe('tags, versions and the changelog', () => {
  it('reads vX.Y.Z tags only', () => {
    expect(parseReleaseTag('v1.2.3')).toEqual({ version: '1.2.3', major: 'v1' });
    expect(parseReleaseTag('v10.0.0')).toEqual({ version: '10.0.0', major: 'v10' });
    for (const bad of ['1.2.3', 'v1.2', 'v1', 'v1.2.3-rc.1', 'v01.2.3']) {
      expect(parseReleaseTag(bad)).toBeUndefined();
    }
  });
  it('takes one version’s section, without the next section or the link list', () => {
    expect(changelogSection(CHANGELOG, '1.2.0')).toBe('### Added\n\n- a thing');
    expect(changelogSection(CHANGELOG, '1.1.0')).toBe('- older');
    expect(changelogSection(CHANGELOG, '1.3.0')).toBeUndefined();
    expect(changelogSection(CHANGELOG, 'Unreleased')).toBeUndefined(); // empty
  });
  it('refuses a tag that package.json or the changelog does not match', () => {
    expect(releaseProblems('v1.2.0', '1.2.0', CHANGELOG)).toEqual([]);
    expect(releaseProblems('v1.2.1', '1.2.0', CHANGELOG)).toEqual([
      'tag v1.2.1 but package.json\'s version is 1.2.0: set "version": "1.2.1" in package.json before tagging',
      'CHANGELOG.md has no "## [1.2.1] - YYYY-MM-DD" section with entries',
    ]);
    expect(releaseProblems('v1.2.0', '1.2.0', CHANGELOG.replace(' - 2026-12-01', ''))).toEqual([
      'CHANGELOG.md\'s section for 1.2.0 has no date: "## [1.2.0] - YYYY-MM-DD"',
    ]);
    expect(releaseProblems('latest', '1.2.0', CHANGELOG)).toEqual([
      'tag "latest" is not vMAJOR.MINOR.PATCH',
    ]);
  });
  it('our CHANGELOG.md follows Keep a Changelog: an Unreleased section, dated semver sections', () => {
    const text = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    for (const h of headings.slice(1))
      expect(h).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d\d-\d\d$/);
    expect(text).toContain('[Unreleased]: https://github.com/kfp-action/kfp-action/');
  });
});

describe('pinning the workflows to the release', () => {
  it('rewrites the action and the reusable workflows of this repository only', () => {
    const text = [
      'jobs:',
      '  a:',
      '    uses: kfp-action/kfp-action/.github/workflows/kfp-train.yml@v1',
      '  b:',
      '    steps:',
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
      '      - uses: kfp-action/kfp-action@v1',
      "      - uses: 'kfp-action/kfp-action@v1' # the action",
      '      - uses: kfp-action/kfp-action-fork@v1',
      '      # uses: kfp-action/kfp-action@v1 in a comment stays',
      '',
    ].join('\n');
    const { text: pinned, count } = pinWorkflowRefs(text, SHA, 'v1.2.3');
    expect(count).toBe(3);
    expect(pinned.split('\n')).toEqual([
      'jobs:',
      '  a:',
      `    uses: kfp-action/kfp-action/.github/workflows/kfp-train.yml@${SHA} # v1.2.3`,
      '  b:',
      '    steps:',
      '      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0',
      `      - uses: kfp-action/kfp-action@${SHA} # v1.2.3`,
      `      - uses: 'kfp-action/kfp-action@${SHA}' # v1.2.3`,
      '      - uses: kfp-action/kfp-action-fork@v1',
      '      # uses: kfp-action/kfp-action@v1 in a comment stays',
      '',
    ]);
    expect(() => pinWorkflowRefs(text, 'abc', 'v1.2.3')).toThrow('not a full commit SHA');
  });

  it('the script pins our reusable workflows, which then need no first-party exception', async () => {
    const dir = path.join(tmp, 'workflows');
    cpSync(path.join(root, '.github/workflows'), dir, { recursive: true });
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'scripts/release.mjs'), 'pin', SHA, 'v1.2.3', dir],
      { encoding: 'utf8' },
    );
    expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    // Every step of kfp-train.yml that runs the action is pinned (submit, schedules, …).
    const steps = readFileSync(path.join(root, '.github/workflows/kfp-train.yml'), 'utf8').match(
      /^\s*(-\s+)?uses:\s*kfp-action\/kfp-action@v\d+\s*$/gm,
    );
    expect(steps?.length).toBeGreaterThan(0);
    expect(r.stdout).toContain(`kfp-train.yml: ${steps!.length} pinned`);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
      const content = readFileSync(path.join(dir, file), 'utf8');
      expect(content).not.toMatch(/^\s*(-\s+)?uses:\s*kfp-action\/kfp-action[^@\s]*@v\d/m);
      expect(unpinnedUses(content, file, [])).toEqual([]);
      expect(workflowSchemaErrors(content, file)).toEqual([]);
      expect(await actionlint(content, file)).toEqual([]);
    }
  });

  it('the script refuses a bad tag or a folder with nothing to pin', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(root, 'scripts/release.mjs'), ...args], {
        encoding: 'utf8',
      });
    expect(run('pin', SHA, '1.2.3', tmp).status).toBe(1);
    const empty = run('pin', SHA, 'v1.2.3', path.join(root, 'docs'));
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('no reference to kfp-action/kfp-action');
    expect(run('frobnicate').stderr).toContain('usage: release.mjs');
  });
});
