/**
 * `post-comments`: the second half of the fork-safe PR check. A pull request from a fork runs
 * `check` with a read-only token, which saves its comments as files; the kfp-pr-comment workflow
 * (triggered by `workflow_run`, never checking out the fork's code) downloads them and runs this
 * command to post them. Everything in the files is untrusted: the PR number is checked against
 * the run that produced them, and each body is sanitised before it is posted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../core/diagnostics.js';
import { sameStableContent, sanitizeSavedComment } from '../core/report/pr-comment.js';
import type { Deps } from '../ports/deps.js';
import { flag } from '../settings/args.js';
import { outputBase, type CommonSettings } from '../settings/common.js';
import type { SavedReports } from './check.js';
import { readEventPayload } from './check-event.js';
import type { CommandDefinition } from './command.js';

export interface PostCommentsSettings {
  readonly common: CommonSettings;
  /** Folder holding manifest.json and the comment files (`<output-dir>/check/comments`). */
  readonly commentDir: string;
  readonly token: string;
}

function readRunHeadSha(env: Deps['env']): string {
  const payload = readEventPayload(env) as { workflow_run?: { head_sha?: string } } | undefined;
  const sha = payload?.workflow_run?.head_sha;
  if (!sha) {
    throw new UserError(
      'post-comments runs in a workflow triggered by workflow_run (the kfp-pr-comment workflow): the event has no workflow_run.head_sha',
      [
        {
          code: 'github/not-workflow-run',
          severity: 'error',
          message: 'no workflow_run in the event',
        },
      ],
    );
  }
  return sha;
}

function readManifest(dir: string): SavedReports | undefined {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) return undefined;
  // Untrusted (a fork's run wrote it): text that is not a JSON object is malformed, not a crash.
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    parsed = undefined;
  }
  const m = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Partial<SavedReports>;
  const ok =
    Number.isInteger(m.pullRequest) &&
    (m.pullRequest ?? 0) > 0 &&
    typeof m.headSha === 'string' &&
    Array.isArray(m.comments) &&
    m.comments.every(
      (c) =>
        typeof c?.marker === 'string' &&
        typeof c?.pipeline === 'string' &&
        /^\d{1,4}\.md$/.test(String(c?.file)),
    );
  if (!ok) {
    throw new UserError(`${file} is not a kfp-action comment manifest; refusing to post anything`, [
      { code: 'github/bad-saved-reports', severity: 'error', message: 'malformed manifest.json' },
    ]);
  }
  return m as SavedReports;
}

export const postCommentsCommand: CommandDefinition<PostCommentsSettings> = {
  name: 'post-comments',
  summary: 'post the PR comments a fork PR check saved (kfp-pr-comment workflow, workflow_run)',
  usage: [
    'Usage: kfp-action post-comments [--output-dir DIR]',
    '',
    'Posts the comments that `check` saved in DIR/check/comments (default .kfp-action) on the pull',
    'request named there, after checking that its head is the commit the saved run checked.',
    'Meant for a workflow triggered by workflow_run; needs pull-requests: write.',
  ].join('\n'),
  cliFlags: { values: ['output-dir'], switches: [] },
  fromArgs: (args, common) => ({
    common,
    commentDir: path.join(outputBase(common, flag(args, 'output-dir')), 'check', 'comments'),
    token: '',
  }),
  fromInputs: (input, common) => ({
    common,
    commentDir: path.join(outputBase(common, input('output-dir')), 'check', 'comments'),
    token: input('github-token'),
  }),
  async run(settings, deps) {
    const { logger, edge } = deps;
    const manifest = readManifest(settings.commentDir);
    if (!manifest) {
      logger.info(`no saved comments in ${settings.commentDir}; nothing to post`);
      return 0;
    }
    const runHead = readRunHeadSha(deps.env);
    if (manifest.headSha !== runHead) {
      throw new UserError(
        `the saved comments are for commit ${manifest.headSha}, but the run that saved them checked ${runHead}; refusing to post`,
        [{ code: 'github/bad-saved-reports', severity: 'error', message: 'head sha mismatch' }],
      );
    }
    const github = await deps.github(settings.token);
    const pull = await github.getPullRequest(manifest.pullRequest);
    if (pull.headSha !== runHead) {
      logger.warning(
        `pull request #${pull.number} is now at ${pull.headSha}, not ${runHead}: these comments are stale (a newer run will post its own); not posted`,
      );
      return 0;
    }
    const { upsertStickyComment } = await import('./comments/sticky-comment.js');
    for (const c of manifest.comments) {
      const body = sanitizeSavedComment(
        readFileSync(path.join(settings.commentDir, c.file), 'utf8'),
        c.marker,
      );
      if (body === undefined) {
        logger.warning(
          `${c.file}: not a kfp-action comment for ${c.pipeline} (marker missing or too long); skipped`,
        );
        continue;
      }
      const result = await upsertStickyComment(
        github,
        {
          issue: pull.number,
          marker: c.marker,
          body,
          sameContent: sameStableContent,
        },
        logger,
      );
      edge.print(`comment ${result.action}: ${result.comment.htmlUrl}`);
    }
    return 0;
  },
};
