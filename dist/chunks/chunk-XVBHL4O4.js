import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  findOwnComments,
  upsertStickyComment
} from "./chunk-7HJEHKQN.js";
import {
  commentMarker
} from "./chunk-4MFM3DSD.js";
import {
  renderRunReport
} from "./chunk-RGIAAWDF.js";
import {
  mdCell,
  mdCode,
  mdText,
  mdUrl,
  truncate
} from "./chunk-2HGA3KQZ.js";
import {
  describeError
} from "./chunk-273WABBP.js";

// src/core/promotion/aliases.ts
function aliasFor(environment) {
  let alias = environment.toLowerCase().replace(/[^a-z0-9-]/g, "-").replace(/^[^a-z]+/, "");
  if (alias === "") alias = "env";
  if (alias.length === 1) alias = `${alias}-env`;
  return alias.slice(0, 110);
}
function previousAliasFor(environment) {
  return `${aliasFor(environment)}-previous`;
}
function holderOf(versions, alias) {
  return versions.find((v) => v.aliases.includes(alias));
}

// src/commands/comments/merged-pull.ts
async function findMergedPullRequest(github, commit, defaultBranch) {
  const branch = defaultBranch ?? await github.getDefaultBranch();
  const pulls = await github.listPullRequestsForCommit(commit);
  const merged = pulls.filter(
    (p) => p.mergedAt !== null && p.baseRef === branch && p.mergeCommitSha === commit
  );
  if (merged.length === 1) return { found: true, pull: merged[0] };
  if (merged.length > 1) {
    const numbers = merged.map((p) => `#${p.number}`).join(", ");
    return {
      found: false,
      reason: `several pull requests (${numbers}) name ${commit} as their merge commit`
    };
  }
  const seen = pulls.length ? ` (it belongs to ${pulls.map((p) => `#${p.number}`).join(", ")}, none merged into ${branch} as this commit)` : "";
  return {
    found: false,
    reason: `no pull request was merged into ${branch} as commit ${commit}${seen}`
  };
}

// src/core/promotion/timeline.ts
var TIMELINE_START = "<!-- kfp-action:promotion:start -->";
var TIMELINE_END = "<!-- kfp-action:promotion:end -->";
var STATE_PREFIX = "<!-- kfp-action:promotion-state:";
var MAX_REASON = 600;
var ICON = {
  done: "\u2705",
  waiting: "\u23F3",
  refused: "\u26D4",
  failed: "\u274C",
  "rolled-back": "\u21A9\uFE0F"
};
function formatTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return mdText(iso);
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}
function describeStep(step) {
  const env = mdText(step.environment);
  const v = step.version ? ` v${mdText(step.version)}` : "";
  const at = step.at ? ` at ${formatTime(step.at)}` : "";
  const url = mdUrl(step.url, true);
  const link = (text) => url ? `[${text}](${url})` : text;
  switch (step.status) {
    case "done":
      return `${env} ${ICON.done} ${link(`${v.trim()}${at}`.trim() || "done")}`;
    case "waiting":
      return `${env} ${ICON.waiting} waiting for approval in ${mdCode(step.environment)}${v ? ` (next:${v})` : ""}`;
    case "refused":
      return `${env} ${ICON.refused} ${link(`refused${at}`)}`;
    case "failed":
      return `${env} ${ICON.failed} ${link(`failed${v ? ` for${v}` : ""}${at}`)}`;
    case "rolled-back":
      return `${env} ${ICON["rolled-back"]} ${link(`rolled back to${v}${at}`)}`;
  }
}
function renderTimeline(timeline) {
  const lines = [TIMELINE_START];
  if (timeline.steps.length === 0) {
    lines.push("**Promotion** \xB7 not started");
  } else {
    lines.push(`**Promotion** \xB7 ${timeline.steps.map(describeStep).join(" \xB7 ")}`);
    const notes = timeline.steps.filter((s) => s.reason);
    for (const s of notes) {
      const label = s.status === "rolled-back" ? "rollback" : s.status;
      lines.push(
        "",
        `> ${mdText(s.environment)} ${label}: ${mdText(truncate(s.reason, MAX_REASON))}`
      );
    }
  }
  lines.push(`${STATE_PREFIX}${encodeState(timeline)} -->`, TIMELINE_END);
  return lines.join("\n");
}
function encodeState(timeline) {
  return Buffer.from(JSON.stringify(timeline), "utf8").toString("base64");
}
function isStep(value) {
  if (typeof value !== "object" || value === null) return false;
  const s = value;
  const optionalString = (k) => s[k] === void 0 || typeof s[k] === "string";
  return typeof s.environment === "string" && typeof s.status === "string" && s.status in ICON && ["version", "at", "reason", "url"].every(optionalString);
}
function readTimeline(body) {
  const start = body.indexOf(STATE_PREFIX);
  if (start === -1) return { steps: [] };
  const end = body.indexOf(" -->", start);
  if (end === -1) return { steps: [] };
  try {
    const json = JSON.parse(
      Buffer.from(body.slice(start + STATE_PREFIX.length, end), "base64").toString("utf8")
    );
    const steps = json.steps;
    return { steps: Array.isArray(steps) ? steps.filter(isStep) : [] };
  } catch {
    return { steps: [] };
  }
}
function withStep(timeline, step, order) {
  const key = (name) => name.toLowerCase();
  const byEnv = new Map(timeline.steps.map((s) => [key(s.environment), s]));
  byEnv.set(key(step.environment), step);
  const index = order.findIndex((n) => key(n) === key(step.environment));
  const next = index >= 0 ? order[index + 1] : void 0;
  if (next && step.status === "done") {
    const existing = byEnv.get(key(next));
    if (!existing || existing.version !== step.version || existing.status !== "done") {
      byEnv.set(key(next), {
        environment: next,
        status: "waiting",
        ...step.version ? { version: step.version } : {}
      });
    }
  }
  const rank = (s) => {
    const i = order.findIndex((n) => key(n) === key(s.environment));
    return i === -1 ? order.length : i;
  };
  return { steps: [...byEnv.values()].sort((a, b) => rank(a) - rank(b)) };
}
function upsertTimeline(body, section) {
  const start = body.indexOf(TIMELINE_START);
  const end = body.indexOf(TIMELINE_END);
  if (start !== -1 && end > start) {
    return body.slice(0, start) + section + body.slice(end + TIMELINE_END.length);
  }
  const footer = body.lastIndexOf("\n<sub>");
  if (footer !== -1) return `${body.slice(0, footer)}
${section}
${body.slice(footer)}`;
  return `${body.replace(/\n*$/, "")}

${section}
`;
}
function carryTimeline(previous, next) {
  const start = previous.indexOf(TIMELINE_START);
  const end = previous.indexOf(TIMELINE_END);
  if (start === -1 || end < start || next.includes(TIMELINE_START)) return next;
  return upsertTimeline(next, previous.slice(start, end + TIMELINE_END.length));
}

// src/core/report/merge-report.ts
function reviewedNote(v) {
  const digest = mdCode(v.digest);
  return v.kind === "reviewed" ? `\u2705 spec ${digest} \u2014 the one checked in PR ${mdText(`#${v.pull}`)}` : `> [!CAUTION]
> spec ${digest} differs from what the PR check saw, because ${mdText(v.because)}`;
}
function mergeReportMarker(pipelineName) {
  return commentMarker(pipelineName, "run");
}
var TITLE = {
  finished: "trained on merge",
  "cancelled-by-workflow": "cancelled with the workflow",
  timeout: "still running when kfp-action stopped waiting",
  "not-waited": "submitted on merge"
};
function endingNote(run, context) {
  switch (context.ending) {
    case "cancelled-by-workflow":
      return [
        `> [!WARNING]
> The workflow was cancelled while the run was ${run.state === "CANCELLED" ? "running" : "in progress"}; kfp-action asked Vertex AI to cancel it (state now **${run.state}**). Nothing from this run is deployed.`
      ];
    case "timeout":
      return [
        `> [!WARNING]
> kfp-action stopped waiting after ${context.timeoutMinutes ?? "?"} minutes; the run is still **${run.state}** on Vertex AI and keeps going (it was not cancelled). To gate it once it ends, run \`submit\` with \`job-name: ${mdText(run.jobName)}\` \u2014 in a later job or workflow run (docs/vertex.md, "Long trainings").`
      ];
    case "not-waited":
      return ["_Submitted without waiting (`wait: false`): no metrics and no gates yet._"];
    default:
      return [];
  }
}
function parametersTable(context) {
  const rows = Object.entries(context.parameters).map(
    ([k, v]) => `| ${mdCode(k)} | ${mdCode(JSON.stringify(v))} |`
  );
  return [
    "<details><summary>Run inputs (as Vertex AI reports them)</summary>",
    "",
    `Pipeline root ${mdCode(context.pipelineRoot)}${context.templateUri ? ` \xB7 template ${mdCode(context.templateUri)}` : ""}`,
    "",
    ...rows.length ? ["| parameter | value |", "| --- | --- |", ...rows] : ["_No parameter values set: the pipeline defaults apply._"],
    "",
    "</details>"
  ];
}
function renderMergeReport(run, outcome, context) {
  const notes = [];
  if (context.reviewed) notes.push(reviewedNote(context.reviewed));
  if (context.retraining) {
    notes.push(
      context.attached === "earlier-run" ? `_A scheduled retraining (\`fresh-run\`): attempt ${context.retraining.attempt}, which an earlier attempt of this workflow run started._` : `_A scheduled retraining (\`fresh-run\`): new attempt ${context.retraining.attempt} \u2014 trained again on purpose; the commit's earlier jobs were not reused._`
    );
  }
  if (context.attached === "earlier-run") {
    notes.push(
      `_This commit's job already existed with the same spec and parameter values (started by an earlier workflow run): kfp-action attached to it instead of starting a second run._`
    );
  } else if (context.attached === "lost-answer") {
    notes.push(
      `_Vertex AI's answer to the create call was lost and the call was retried: the job it had created is followed (one job, not two)._`
    );
  }
  if (context.attached === "picked-up") {
    notes.push(
      `_Picked up by name (\`job-name\`): an earlier step started this job; kfp-action waited for it here and gated it._`
    );
  }
  if (context.passedOver?.length) {
    notes.push(
      [
        `_Started as a new attempt: ${context.passedOver.length === 1 ? "an earlier job of this commit was" : "earlier jobs of this commit were"} not reused:_`,
        "",
        ...context.passedOver.map((l) => `- ${mdText(l)}`)
      ].join("\n")
    );
  }
  if (context.baseline && "missing" in context.baseline) {
    notes.push(
      `_No production baseline: ${mdText(context.baseline.missing)}; regression gates skipped._`
    );
  }
  const short = context.commit ? context.commit.slice(0, 7) : void 0;
  const footer = [
    `kfp-action ${mdText(context.version)}`,
    ...context.workflowRunUrl && /^https?:\/\//.test(context.workflowRunUrl) ? [`[workflow run](${encodeURI(decodeURI(context.workflowRunUrl))})`] : [],
    ...short ? [`for ${mdCode(short)}`] : [],
    `updated ${mdCell(context.now.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC"))}`
  ].join(" \xB7 ");
  const body = renderRunReport(run, outcome, {
    title: TITLE[context.ending],
    marker: `kfp-action:run:${run.pipelineName}`,
    ...context.baseline && "label" in context.baseline ? { baselineLabel: context.baseline.label } : {},
    extraSections: [...endingNote(run, context), ...notes, parametersTable(context).join("\n")],
    footer,
    now: context.now
  });
  return body;
}

// src/commands/promotion/comment.ts
function workflowRunUrl(env) {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return void 0;
  return `${env.GITHUB_SERVER_URL || "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
async function updateTimeline(deps, update) {
  const log = deps.logger;
  if (!update.comment) return log.info("comment: false; the PR comment is not updated");
  if (!deps.env.GITHUB_REPOSITORY) {
    return log.info("GITHUB_REPOSITORY is not set (not in a workflow); no PR comment");
  }
  if (!update.githubToken) return log.info("no github-token; no PR comment");
  if (!update.commit)
    return log.info("the run has no commit label and GITHUB_SHA is not set; no PR comment");
  try {
    const github = await deps.github(update.githubToken);
    const lookup = await findMergedPullRequest(github, update.commit);
    if (!lookup.found) return log.info(`no PR comment for the promotion: ${lookup.reason}`);
    const marker = mergeReportMarker(update.pipeline);
    const issue = lookup.pull.number;
    const [existing] = await findOwnComments(github, await github.listIssueComments(issue), marker);
    const before = existing?.body ?? `${marker}
### ${mdCode(update.pipeline)} \xB7 promotion
`;
    const timeline = withStep(readTimeline(before), update.step, update.order);
    const body = upsertTimeline(before, renderTimeline(timeline));
    const result = await upsertStickyComment(
      github,
      { issue, marker, body },
      log.withNamespace("github")
    );
    log.info(`${result.action} the promotion timeline on #${issue}: ${result.comment.htmlUrl}`);
  } catch (error) {
    deps.edge.report([
      {
        code: "promote/comment-failed",
        severity: "warning",
        message: `the promotion timeline was not written to the PR comment: ${describeError(error).message}`
      }
    ]);
  }
}

export {
  aliasFor,
  previousAliasFor,
  holderOf,
  mergeReportMarker,
  renderMergeReport,
  findMergedPullRequest,
  carryTimeline,
  workflowRunUrl,
  updateTimeline
};
