/**
 * `check`: the pull-request check. Compiles and validates the pipelines a PR affects at its head
 * and its base, diffs them, runs the policy, and reports: one sticky comment per pipeline,
 * annotations, the job summary, outputs, a SARIF file. Fork PRs (read-only token) get their
 * reports written to files for the kfp-pr-comment workflow instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isError, UserError, type Diagnostic } from '../core/diagnostics.js';
import { toSarif } from '../core/policy/sarif.js';
import {
  CHECK_MARKER_PREFIX,
  commentMarker,
  passed,
  renderNoLongerChanged,
  renderPrComment,
  renderSummary,
  sameStableContent,
  type CommentContext,
} from '../core/report/pr-comment.js';
import type { Deps } from '../ports/deps.js';
import { flag, parseBoolean } from '../settings/args.js';
import { outputBase, type CommonSettings } from '../settings/common.js';
import { readPullRequestEvent } from './check-event.js';
import { analyse, type CheckAnalysis } from './check-pipelines.js';
import type { CommandDefinition } from './command.js';
import { VERSION } from '../core/version.js';

/** The version in the comment footers and SARIF's tool: package.json's (src/core/version.ts). */
export const KFP_ACTION_VERSION = VERSION;

export interface CheckSettings {
  readonly common: CommonSettings;
  /** Absolute base folder for outputs; this command writes to its `check/`. */
  readonly outputDir: string;
  /** Check every pipeline, not only those the change affects. */
  readonly checkAll: boolean;
  /** Post or update the sticky PR comments. */
  readonly comment: boolean;
  /** Token for the comments ('' = none). */
  readonly token: string;
  /** Absolute path of the SARIF file to write, when wanted. */
  readonly sarifFile?: string;
  /** Base revision (CLI `--base`); default: the pull request's base commit from the event. */
  readonly base?: string;
}

/** What the kfp-pr-comment workflow reads to post reports saved by a fork PR's check. */
export interface SavedReports {
  readonly pullRequest: number;
  readonly headSha: string;
  readonly comments: readonly {
    readonly pipeline: string;
    readonly marker: string;
    readonly file: string;
  }[];
}

async function publish(
  settings: CheckSettings,
  deps: Deps,
  analysis: CheckAnalysis,
  ctx: CommentContext,
  event: ReturnType<typeof readPullRequestEvent>,
  workDir: string,
): Promise<void> {
  const { edge, logger } = deps;
  const comments = analysis.results.map((r) => ({
    pipeline: r.pipeline,
    marker: commentMarker(r.pipeline),
    ...renderPrComment(r, ctx),
  }));
  const commentDir = path.join(workDir, 'comments');
  mkdirSync(commentDir, { recursive: true });
  const saved: SavedReports['comments'][number][] = [];
  comments.forEach((c, i) => {
    const file = `${String(i + 1).padStart(2, '0')}.md`;
    writeFileSync(path.join(commentDir, file), c.body);
    saved.push({ pipeline: c.pipeline, marker: c.marker, file });
    if (c.cut.length)
      logger.warning(`${c.pipeline}: comment cut to fit GitHub's limit (${c.cut.join(', ')})`);
  });
  if (event.number !== undefined) {
    const manifest: SavedReports = {
      pullRequest: event.number,
      headSha: ctx.headSha,
      comments: saved,
    };
    writeFileSync(path.join(commentDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  }
  if (!settings.comment || event.number === undefined) return;
  // Comments of pipelines this run does not report are retired only when the run is conclusive:
  // a config error or a source that fails to compile hides which pipelines the PR changes.
  const conclusive =
    !analysis.general.some(isError) && analysis.results.every((r) => r.compiled || r.removed);
  if (!comments.length && !conclusive) return;
  if (event.fromFork) {
    logger.info(
      `pull request #${event.number} comes from a fork: its token cannot comment. The comments are saved in ${commentDir}; the kfp-pr-comment workflow posts them.`,
    );
    return;
  }
  if (!settings.token) {
    if (!comments.length) return;
    throw new UserError(
      'no GitHub token to comment with: set the github-token input (default: ${{ github.token }}) or comment: false',
      [{ code: 'github/no-token', severity: 'error', message: 'github-token is empty' }],
    );
  }
  const { retireStickyComments, upsertStickyComment } =
    await import('./comments/sticky-comment.js');
  const github = await deps.github(settings.token);
  for (const c of comments) {
    const result = await upsertStickyComment(
      github,
      {
        issue: event.number,
        marker: c.marker,
        body: c.body,
        sameContent: sameStableContent,
      },
      logger.withNamespace(c.pipeline),
    );
    edge.print(`${c.pipeline}: comment ${result.action} (${result.comment.htmlUrl})`);
  }
  if (!conclusive) return;
  const retired = await retireStickyComments(
    github,
    {
      issue: event.number,
      markerPrefix: CHECK_MARKER_PREFIX,
      keep: new Set(comments.map((c) => c.marker)),
      body: (marker) => renderNoLongerChanged(marker, ctx),
      sameContent: sameStableContent,
    },
    logger,
  );
  for (const r of retired) {
    edge.print(`no longer changed by this PR: comment ${r.action} (${r.comment.htmlUrl})`);
  }
}

export const checkCommand: CommandDefinition<CheckSettings> = {
  name: 'check',
  summary: 'pull-request check: compile, validate, diff against the base, policy, sticky comments',
  usage: [
    'Usage: kfp-action check [--base REV] [--check-all] [--sarif-file FILE] [--output-dir DIR]',
    '',
    'Finds the pipelines a change affects (their source, a module they import, the config file or',
    'a dependsOn glob changed), compiles and validates them at HEAD and at the base revision (in a',
    'temporary git worktree), and prints the semantic diff and the policy findings. In a',
    'pull_request workflow it also posts one sticky comment per pipeline.',
    '',
    '  --base REV          revision to compare with (default: the pull request base; none: no diff)',
    '  --check-all         check every configured pipeline',
    '  --sarif-file FILE   also write the findings as SARIF 2.1.0',
    '  --output-dir DIR    where reports go (DIR/check; default: .kfp-action)',
    '',
    'Exit: 0 every checked pipeline passed, 1 one failed (compile, validation or a policy error), 2 usage.',
  ].join('\n'),
  cliFlags: { values: ['base', 'sarif-file', 'output-dir'], switches: ['check-all'] },
  fromArgs: (args, common) => {
    const sarif = flag(args, 'sarif-file');
    const base = flag(args, 'base');
    return {
      common,
      outputDir: outputBase(common, flag(args, 'output-dir')),
      checkAll: parseBoolean('--check-all', flag(args, 'check-all'), false),
      comment: false,
      token: '',
      ...(sarif ? { sarifFile: path.resolve(common.workingDirectory, sarif) } : {}),
      ...(base ? { base } : {}),
    };
  },
  fromInputs: (input, common) => {
    const sarif = input('sarif-file');
    return {
      common,
      outputDir: outputBase(common, input('output-dir')),
      checkAll: parseBoolean('input check-all', input('check-all'), false),
      comment: parseBoolean('input comment', input('comment'), true),
      token: input('github-token'),
      ...(sarif ? { sarifFile: path.resolve(common.workingDirectory, sarif) } : {}),
    };
  },
  async run(settings, deps) {
    const { env, edge, logger } = deps;
    const event = readPullRequestEvent(env);
    const git = await deps.git();
    let baseSha = event.baseSha;
    if (settings.base) {
      baseSha = await git.tryResolveCommit(settings.base);
      if (!baseSha) {
        throw new UserError(
          `--base ${settings.base} names no commit of this repository; give a branch, tag or sha (e.g. origin/main after git fetch)`,
          [
            {
              code: 'check/bad-base',
              severity: 'error',
              message: `unknown revision ${settings.base}`,
            },
          ],
          2,
        );
      }
    }
    if (!baseSha && !settings.checkAll) {
      logger.info(
        'no base commit (not a pull_request event and no --base): checking every pipeline without a diff',
      );
    }
    const workDir = path.join(settings.outputDir, 'check');
    mkdirSync(workDir, { recursive: true });
    const analysis = await analyse(
      {
        common: settings.common,
        workDir,
        checkAll: settings.checkAll,
        ...(baseSha ? { baseSha } : {}),
      },
      deps,
    );
    const headSha =
      event.headSha ?? env.GITHUB_SHA ?? (await git.tryResolveCommit('HEAD')) ?? 'HEAD';
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY ?? path.basename(git.root);
    const ctx: CommentContext = {
      repository,
      serverUrl: server,
      headSha,
      ...(baseSha ? { baseSha } : {}),
      ...(env.GITHUB_RUN_ID
        ? { reportUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
        : {}),
      version: KFP_ACTION_VERSION,
      ...(analysis.kfpVersion ? { kfpVersion: analysis.kfpVersion } : {}),
      ...(analysis.zeroConfig ? { zeroConfig: true } : {}),
      time: new Date()
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace('T', ' '),
    };

    const findings: Diagnostic[] = [
      ...analysis.general,
      ...analysis.results.flatMap((r) => [...r.diagnostics, ...r.policy]),
    ];
    edge.report(findings);
    const summary = renderSummary(analysis.results, ctx);
    const reportPath = path.join(workDir, 'report.md');
    writeFileSync(reportPath, summary);
    if (settings.sarifFile) {
      mkdirSync(path.dirname(settings.sarifFile), { recursive: true });
      const sarif = toSarif(findings, {
        name: 'kfp-action',
        version: KFP_ACTION_VERSION,
        informationUri: 'https://github.com/kfp-action/kfp-action',
      });
      writeFileSync(settings.sarifFile, JSON.stringify(sarif, null, 2) + '\n');
    }
    for (const r of analysis.results) {
      edge.print(
        `${r.removed ? 'removed' : passed(r) ? 'passed' : 'FAILED'} ${r.pipeline} (${analysis.reasons.get(r.pipeline) ?? ''})`,
      );
    }
    const ok = !analysis.general.some(isError) && analysis.results.every(passed);
    edge.setOutput('valid', String(ok));
    edge.setOutput('changed-pipelines', JSON.stringify(analysis.results.map((r) => r.pipeline)));
    edge.setOutput(
      'report-path',
      path.relative(settings.common.workingDirectory, reportPath) || reportPath,
    );
    if (edge.kind === 'action') await edge.appendSummary(summary);
    else edge.print(summary);
    await publish(settings, deps, analysis, ctx, event, workDir);
    if (!ok) logger.error('the check failed: see the findings above');
    return ok ? 0 : 1;
  },
};
