#!/usr/bin/env node
// The steps of .github/workflows/release.yml that need more than a shell line
// (docs/releasing.md):
//
//   node scripts/release.mjs check vX.Y.Z       tag, package.json's version and CHANGELOG.md agree
//   node scripts/release.mjs notes vX.Y.Z       prints the changelog section of X.Y.Z
//   node scripts/release.mjs pin <sha> vX.Y.Z   rewrites the reusable workflows' references to this
//                                               repository (`kfp-action/kfp-action@v1`) to <sha>
//
// Why `pin` exists: docs/adr/0011-release-commit-pins-the-action.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository whose action and reusable workflows the release pins. */
export const REPOSITORY = 'kfp-action/kfp-action';

/** `vX.Y.Z` → its version and major tag; undefined for anything else (no pre-releases). */
export function parseReleaseTag(tag) {
  const m = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(tag);
  return m ? { version: tag.slice(1), major: `v${m[1]}` } : undefined;
}

/** The body of `## [version]` in a Keep a Changelog file (up to the next `## `), trimmed;
 * undefined when there is no such section or it is empty. */
export function changelogSection(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\](\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start === -1) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^## /.test(l) || /^\[[^\]]+\]:\s/.test(l));
  const body = (end === -1 ? rest : rest.slice(0, end)).join('\n').trim();
  return body || undefined;
}

/** Why a tag cannot be released: one line per problem, [] when it can. */
export function releaseProblems(tag, packageVersion, changelog) {
  const parsed = parseReleaseTag(tag);
  if (!parsed) return [`tag "${tag}" is not vMAJOR.MINOR.PATCH`];
  const problems = [];
  if (parsed.version !== packageVersion) {
    problems.push(
      `tag ${tag} but package.json's version is ${packageVersion}: set "version": "${parsed.version}" in package.json before tagging`,
    );
  }
  const dated = new RegExp(
    `^## \\[${parsed.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}\\s*$`,
    'm',
  );
  if (!changelogSection(changelog, parsed.version)) {
    problems.push(`CHANGELOG.md has no "## [${parsed.version}] - YYYY-MM-DD" section with entries`);
  } else if (!dated.test(changelog)) {
    problems.push(
      `CHANGELOG.md's section for ${parsed.version} has no date: "## [${parsed.version}] - YYYY-MM-DD"`,
    );
  }
  return problems;
}

const REF = new RegExp(
  `^(\\s*(?:-\\s+)?uses:\\s*)(['"]?)(${REPOSITORY.replace('/', '\\/')}(?:\\/[^@\\s'"]+)?)@([^\\s'"#]+)\\2([ \\t]*#.*)?$`,
  'gm',
);

/**
 * Rewrites every `uses: kfp-action/kfp-action[/path]@<ref>` in a workflow to `@<sha> # <tag>`.
 * Returns the new text and how many references changed.
 */
export function pinWorkflowRefs(text, sha, tag) {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`"${sha}" is not a full commit SHA`);
  let count = 0;
  const pinned = text.replace(REF, (_all, lead, quote, target) => {
    count++;
    return `${lead}${quote}${target}@${sha}${quote} # ${tag}`;
  });
  return { text: pinned, count };
}

/** Pins the references in every workflow of `dir`; returns the files changed with their counts. */
export function pinWorkflowDir(dir, sha, tag) {
  const changed = [];
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = path.join(dir, name);
    const { text, count } = pinWorkflowRefs(readFileSync(file, 'utf8'), sha, tag);
    if (count > 0) {
      writeFileSync(file, text);
      changed.push({ file: name, count });
    }
  }
  return changed;
}

function main(argv) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const [command, ...args] = argv;
  const fail = (message) => {
    process.stderr.write(`release: ${message}\n`);
    return 1;
  };
  const read = (file) => readFileSync(path.join(root, file), 'utf8');
  if (command === 'check' && args.length === 1) {
    const version = JSON.parse(read('package.json')).version;
    const problems = releaseProblems(args[0], version, read('CHANGELOG.md'));
    for (const p of problems) process.stderr.write(`release: ${p}\n`);
    if (problems.length === 0) process.stdout.write(`${args[0]}: version and changelog agree\n`);
    return problems.length === 0 ? 0 : 1;
  }
  if (command === 'notes' && args.length === 1) {
    const parsed = parseReleaseTag(args[0]);
    if (!parsed) return fail(`tag "${args[0]}" is not vMAJOR.MINOR.PATCH`);
    const section = changelogSection(read('CHANGELOG.md'), parsed.version);
    if (!section) return fail(`CHANGELOG.md has no section for ${parsed.version}`);
    process.stdout.write(`${section}\n`);
    return 0;
  }
  if (command === 'pin' && (args.length === 2 || args.length === 3)) {
    const [sha, tag, dir = path.join(root, '.github', 'workflows')] = args;
    if (!parseReleaseTag(tag)) return fail(`tag "${tag}" is not vMAJOR.MINOR.PATCH`);
    const changed = pinWorkflowDir(dir, sha, tag);
    if (changed.length === 0) return fail(`no reference to ${REPOSITORY} in ${dir}`);
    for (const c of changed) process.stdout.write(`${c.file}: ${c.count} pinned to ${sha}\n`);
    return 0;
  }
  return fail('usage: release.mjs check vX.Y.Z | notes vX.Y.Z | pin <sha> vX.Y.Z [workflow dir]');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`release: ${error.message}\n`);
    process.exitCode = 1;
  }
}
