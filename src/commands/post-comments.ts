/**
 * `post-comments`: the privileged half of the PR check (docs/pr-check.md). The job that compiled
 * the pull request's code (read-only token) saved its check result as data; this command, in a
 * job that holds `pull-requests: write` and never checks out or runs PR code, reads that file,
 * validates it against schema/check-result.schema.json, caps what it may make us do, and renders
 * the comments itself with the same renderer and escaping as `check`. Everything in the file is
 * untrusted: a fork controls the run that wrote it.
 */
import path from 'node:path';
import {
  CHECK_RESULT_FILE,
  CHECK_RESULT_MAX_BYTES,
  checkResultErrors,
  fromCheckResultFile,
  type CheckResultFile,
} from '../core/check/result-file.js';
import { zeroConfig } from '../core/config/zero-config.js';
import { UserError } from '../core/diagnostics.js';
import { commentMarker, passed } from '../core/report/pr-comment.js';
import type { Deps } from '../ports/deps.js';
import type { Workspace } from '../ports/workspace.js';
import { MAX_DEPTH, scanJson } from '../core/spec/depth.js';
import { flag } from '../settings/args.js';
import { outputBase, type CommonSettings } from '../settings/common.js';
import { commentContext, listComments, publishComments } from './check-comments.js';
import { readEventPayload } from './check-event.js';
import type { CommandDefinition } from './command.js';

export interface PostCommentsSettings {
  readonly common: CommonSettings;
  /** The check result to post (`<output-dir>/check/check-result.json`). */
  readonly resultFile: string;
  readonly token: string;
}

/** Comments one result may write when the base branch has no config file to count. */
const CAP_WITHOUT_CONFIG = 10;

const refused = (message: string, detail = message) =>
  new UserError(`${message}; refusing to post anything`, [
    { code: 'check/result-refused', severity: 'error', message: detail },
  ]);

/** What the triggering event (trusted: GitHub wrote it) says about the run that was checked. */
interface TrustedRun {
  readonly headSha: string;
  /** The PR number, when the event names it (pull_request; not a fork's workflow_run). */
  readonly pullRequest?: number;
  /** The run whose summary holds the full report. */
  readonly runId?: string;
}

function readTrustedRun(env: Deps['env'], readText: (file: string) => string): TrustedRun {
  const payload = readEventPayload(env, readText) as
    | {
        workflow_run?: { head_sha?: string; id?: number };
        pull_request?: { number?: number; head?: { sha?: string } };
      }
    | undefined;
  const run = payload?.workflow_run;
  if (run?.head_sha) {
    return { headSha: run.head_sha, ...(run.id ? { runId: String(run.id) } : {}) };
  }
  const pr = payload?.pull_request;
  if (pr?.head?.sha && typeof pr.number === 'number') {
    return {
      headSha: pr.head.sha,
      pullRequest: pr.number,
      ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
    };
  }
  throw new UserError(
    'post-comments runs in the comment job of a pull_request workflow or in a workflow triggered by workflow_run (kfp-pr-comment.yml): the event names no pull request head',
    [{ code: 'github/not-workflow-run', severity: 'error', message: 'no PR head in the event' }],
  );
}

/** Reads and validates the file: size cap, JSON, schema, internal consistency. */
function readCheckResult(
  workspace: Pick<Workspace, 'tryFileSize' | 'readText'>,
  file: string,
): CheckResultFile | undefined {
  const size = workspace.tryFileSize(file);
  if (size === undefined) return undefined;
  if (size > CHECK_RESULT_MAX_BYTES) {
    throw refused(
      `${file} is ${size} bytes, over the ${CHECK_RESULT_MAX_BYTES}-byte cap of a check result`,
      'check result over the size cap',
    );
  }
  const text = workspace.readText(file);
  // Attacker-controlled: nesting is refused by a byte scan before JSON.parse sees it.
  if (scanJson(text).tooDeepAt !== undefined) {
    throw refused(
      `${file} nests lists or mappings deeper than ${MAX_DEPTH} levels`,
      'check result nested too deeply',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw refused(`${file} is not JSON`, 'check result is not JSON');
  }
  const errors = checkResultErrors(parsed);
  if (errors.length) {
    throw refused(
      `${file} does not match schema/check-result.schema.json (${JSON.stringify(errors[0])})`,
      'check result does not match its schema',
    );
  }
  const result = parsed as CheckResultFile;
  const markers = new Set<string>();
  for (const [i, p] of result.pipelines.entries()) {
    const marker = commentMarker(p.pipeline);
    if (markers.has(marker)) {
      throw refused(`${file}: pipelines/${i} repeats the pipeline ${marker}`, 'repeated pipeline');
    }
    markers.add(marker);
  }
  for (const [i, r] of fromCheckResultFile(result).entries()) {
    const verdict = r.removed ? 'removed' : passed(r) ? 'passed' : 'failed';
    if (verdict !== result.pipelines[i]!.verdict) {
      throw refused(
        `${file}: pipelines/${i} says "${result.pipelines[i]!.verdict}" but its findings say "${verdict}"`,
        'verdict disagrees with the findings',
      );
    }
  }
  return result;
}

/**
 * How many comments one result may write: the pipelines of the base branch's config (the
 * commenter's own checkout: trusted), at least one, plus those the PR removes (at most as many
 * again). Without a config file the base's pipelines are counted the way zero-config finds them:
 * by reading the checkout's text, never importing it. With neither, CAP_WITHOUT_CONFIG.
 */
async function commentCap(
  settings: PostCommentsSettings,
  result: CheckResultFile,
  deps: Deps,
): Promise<number> {
  const { configPath, workingDirectory } = settings.common;
  const config = await deps.workspace.readConfig(
    configPath,
    path.relative(workingDirectory, configPath),
  );
  let base: number;
  if (config.exists && config.config) base = config.config.pipelines.length;
  else {
    const outputDir = path.dirname(path.dirname(settings.resultFile));
    const found = await deps.workspace.findPipelines(
      workingDirectory,
      [outputDir, path.dirname(outputDir)].filter((d) => d !== workingDirectory),
      deps.logger,
    );
    base = zeroConfig(found).pipelines.length;
    if (base === 0) {
      deps.logger.info(
        `no base-branch config at ${configPath} and no pipeline found to count: at most ${CAP_WITHOUT_CONFIG} comments`,
      );
      return CAP_WITHOUT_CONFIG;
    }
  }
  const removed = result.pipelines.filter((p) => p.removed).length;
  return Math.max(base, 1) + Math.min(removed, base);
}

export const postCommentsCommand: CommandDefinition<PostCommentsSettings> = {
  name: 'post-comments',
  summary: 'render and post the PR comments of a saved check result (the privileged comment job)',
  usage: [
    'Usage: kfp-action post-comments [--output-dir DIR]',
    '',
    'Reads the check result that `check` saved in DIR/check/check-result.json (default',
    '.kfp-action), validates it against schema/check-result.schema.json, checks that it is for the',
    'pull request head the triggering event names, and renders and posts one comment per pipeline.',
    'The number of comments is capped by the pipelines in the config file of the checkout (the',
    'base branch). Meant for a job with pull-requests: write that runs no code from the PR.',
  ].join('\n'),
  cliFlags: { values: ['output-dir'], switches: [] },
  fromArgs: (args, common) => ({
    common,
    resultFile: path.join(outputBase(common, flag(args, 'output-dir')), 'check', CHECK_RESULT_FILE),
    token: '',
  }),
  fromInputs: (input, common) => ({
    common,
    resultFile: path.join(outputBase(common, input('output-dir')), 'check', CHECK_RESULT_FILE),
    token: input('github-token'),
  }),
  async run(settings, deps) {
    const { logger, env } = deps;
    const trusted = readTrustedRun(env, deps.workspace.readText);
    const result = readCheckResult(deps.workspace, settings.resultFile);
    if (!result) {
      logger.info(`no check result at ${settings.resultFile}; nothing to post`);
      return 0;
    }
    if (result.headSha !== trusted.headSha) {
      throw refused(
        `the check result is for commit ${result.headSha}, but the run that saved it checked ${trusted.headSha}`,
        'head sha mismatch',
      );
    }
    if (result.pullRequest === undefined) {
      throw refused('the check result names no pull request', 'no pull request');
    }
    if (trusted.pullRequest !== undefined && trusted.pullRequest !== result.pullRequest) {
      throw refused(
        `the check result is for pull request #${result.pullRequest}, but the event is for #${trusted.pullRequest}`,
        'pull request mismatch',
      );
    }
    const cap = await commentCap(settings, result, deps);
    let results = fromCheckResultFile(result);
    let retire = result.retire;
    if (results.length > cap) {
      const dropped = results.slice(cap).map((r) => commentMarker(r.pipeline));
      logger.warning(
        `check/result-refused: the check result reports ${results.length} pipelines, more than the ${cap} the base branch's config allows (its pipelines plus those the PR removes); not posted: ${dropped.join(', ')}`,
      );
      results = results.slice(0, cap);
      retire = false;
    }
    const github = await deps.github(settings.token);
    const pull = await github.getPullRequest(result.pullRequest);
    if (pull.headSha !== trusted.headSha) {
      logger.warning(
        `pull request #${pull.number} is now at ${pull.headSha}, not ${trusted.headSha}: this result is stale (a newer run posts its own); not posted`,
      );
      return 0;
    }
    const listing = await listComments(github, pull.number);
    const ctx = commentContext(env, {
      repository: github.repository,
      headSha: result.headSha,
      ...(result.baseSha ? { baseSha: result.baseSha } : {}),
      ...(trusted.runId ? { runId: trusted.runId } : {}),
      ...(result.kfpVersion ? { kfpVersion: result.kfpVersion } : {}),
      ...(result.zeroConfig ? { zeroConfig: true } : {}),
    });
    // A workflow_run event names no PR: the result comes from a fork's run, whose spec digest
    // proves nothing (no reviewed-spec stamp). A same-repository PR's comment job keeps it.
    const stamp = trusted.pullRequest !== undefined;
    await publishComments(listing, results, { retire, stamp }, ctx, deps);
    return 0;
  },
};
