/**
 * GitHub Marketplace's rules for action.yml (docs: "Publishing actions in GitHub Marketplace" and
 * "Metadata syntax", `branding`): a name, a description under 125 characters, a branding icon
 * from the Feather icons GitHub allows and one of its colours, and a description on every input
 * and output. The allowed icons and colours are read from GitHub's own action schema
 * (@actions/workflow-parser), not copied here.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  name?: string;
  description?: string;
  author?: string;
  branding?: { icon?: string; color?: string };
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
};

// GitHub's action schema, as the workflow parser ships it (not an export of the package).
const schema = JSON.parse(
  readFileSync(
    path.join(root, 'node_modules/@actions/workflow-parser/dist/action-v1.0.min.json'),
    'utf8',
  ),
) as { definitions: Record<string, { 'allowed-values'?: string[] }> };
const allowed = (name: string) => schema.definitions[name]?.['allowed-values'] ?? [];

/** The rules, as a list of problems: the same function checks our file and bad examples. */
function marketplaceProblems(a: typeof action): string[] {
  const problems: string[] = [];
  if (!a.name?.trim()) problems.push('name is missing');
  const description = a.description?.trim() ?? '';
  if (!description) problems.push('description is missing');
  else if (description.length >= 125) {
    problems.push(`description is ${description.length} characters; Marketplace takes < 125`);
  }
  if (!a.branding?.icon || !allowed('branding-icon').includes(a.branding.icon)) {
    problems.push(`branding.icon "${a.branding?.icon}" is not one of GitHub's Feather icons`);
  }
  if (!a.branding?.color || !allowed('branding-color').includes(a.branding.color)) {
    problems.push(`branding.color "${a.branding?.color}" is not one of GitHub's colours`);
  }
  for (const [kind, entries] of [
    ['input', a.inputs ?? {}],
    ['output', a.outputs ?? {}],
  ] as const) {
    for (const [name, entry] of Object.entries(entries)) {
      if (!entry?.description?.trim()) problems.push(`${kind} ${name} has no description`);
    }
  }
  return problems;
}

describe('action.yml for GitHub Marketplace', () => {
  it('reads the allowed icons and colours from GitHub’s schema', () => {
    expect(allowed('branding-icon').length).toBeGreaterThan(200);
    expect(allowed('branding-icon')).not.toContain('coffee'); // one GitHub leaves out
    expect(allowed('branding-color')).toContain('blue');
  });
  it('meets the rules', () => {
    expect(marketplaceProblems(action)).toEqual([]);
    expect(Object.keys(action.inputs ?? {}).length).toBeGreaterThan(10);
    expect(Object.keys(action.outputs ?? {}).length).toBeGreaterThan(5);
  });
  it('the rules catch each kind of problem', () => {
    const bad = {
      name: 'x',
      description: 'y'.repeat(125),
      branding: { icon: 'coffee', color: 'pink' },
      inputs: { a: { description: ' ' } },
      outputs: { b: {} },
    };
    expect(marketplaceProblems(bad)).toEqual([
      'description is 125 characters; Marketplace takes < 125',
      'branding.icon "coffee" is not one of GitHub\'s Feather icons',
      'branding.color "pink" is not one of GitHub\'s colours',
      'input a has no description',
      'output b has no description',
    ]);
  });
});
