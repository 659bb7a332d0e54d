import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  jobIdOf
} from "./chunk-RS2ABS5Q.js";
import {
  canonicalJson
} from "./chunk-NLYHU2L3.js";
import {
  LABEL_KEYS,
  labelValue,
  shortHash
} from "./chunk-OZW57QZC.js";

// src/core/vertex/attach.ts
var SPEC_LABEL = "kfp-spec";
var WORKFLOW_RUN_LABEL = "kfp-workflow-run";
var RETRAINING_LABEL = "kfp-retraining";
function specLabelValue(digest) {
  return digest.replace(/^sha256:/, "").slice(0, 40);
}
var show = (v) => v === void 0 ? "unset" : JSON.stringify(v).slice(0, 60);
function compareSubmission(existing, wanted) {
  const label = existing.labels[SPEC_LABEL];
  if (!label) {
    return {
      same: false,
      reason: `it has no ${SPEC_LABEL} label, so kfp-action cannot tell which spec it runs`
    };
  }
  if (label !== wanted.specLabel) {
    return {
      same: false,
      reason: `it runs another spec (sha256:${label.slice(0, 12)}\u2026, this one is sha256:${wanted.specLabel.slice(0, 12)}\u2026)`
    };
  }
  const names = [
    .../* @__PURE__ */ new Set([...Object.keys(existing.parameterValues), ...Object.keys(wanted.parameters)])
  ].sort();
  const differing = names.filter(
    (n) => canonicalJson(existing.parameterValues[n] ?? null) !== canonicalJson(wanted.parameters[n] ?? null) || n in existing.parameterValues !== n in wanted.parameters
  );
  if (differing.length > 0) {
    const list = differing.slice(0, 5).map(
      (n) => `${n} ${show(existing.parameterValues[n])} there, ${show(wanted.parameters[n])} now`
    ).join("; ");
    return {
      same: false,
      reason: `it ran with other parameter values (${list}${differing.length > 5 ? `; and ${differing.length - 5} more` : ""})`
    };
  }
  return { same: true };
}
function attachReason(existing, workflowRunLabel2) {
  const own = existing.labels[WORKFLOW_RUN_LABEL];
  return workflowRunLabel2 && own === workflowRunLabel2 ? "lost-answer" : "earlier-run";
}

// src/core/vertex/job-id.ts
var JOB_ID_PATTERN = /^[a-z][-a-z0-9]{0,127}$/;
var MAX_ID = 128;
function pipelineJobId(pipelineName, commit, attempt) {
  const sha = (commit.toLowerCase().match(/[0-9a-f]/g) ?? []).join("").slice(0, 7) || "nocommit";
  const suffix = `-${sha}-${Math.max(1, Math.floor(attempt))}`;
  let name = pipelineName.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "");
  if (name === "") name = "pipeline";
  const room = MAX_ID - suffix.length;
  if (name !== pipelineName || name.length > room) {
    const hash = `-${shortHash(pipelineName)}`;
    if (name !== pipelineName && name.length + hash.length <= room) name = `${name}${hash}`;
    else if (name.length > room)
      name = `${name.slice(0, room - hash.length).replace(/-+$/, "")}${hash}`;
  }
  return `${name}${suffix}`;
}
function labelKey(key) {
  const clean = key.toLowerCase().replace(/[^a-z0-9_-]/g, "_");
  const lettered = /^[a-z]/.test(clean) ? clean : `l${clean}`;
  return lettered.length <= 63 ? lettered : labelValue(lettered).slice(0, 63);
}
function workflowRunLabel(origin) {
  if (!origin.workflowRun) return void 0;
  return labelValue(
    origin.workflowRunAttempt ? `${origin.workflowRun}-${origin.workflowRunAttempt}` : origin.workflowRun
  );
}
var MAX_LABELS = 63;
function jobLabels(origin, user = {}) {
  const labels = {};
  const changed = [];
  for (const [k, v] of Object.entries(user)) {
    const key = labelKey(k);
    const value = labelValue(String(v));
    if (key !== k || value !== v) changed.push(`${k}=${v} \u2192 ${key}=${value}`);
    labels[key] = value;
  }
  const own = {
    "managed-by": "kfp-action",
    // The keys promote looks runs up by (src/core/promotion/labels.ts): one definition.
    [LABEL_KEYS.pipeline]: labelValue(origin.pipeline)
  };
  if (origin.repository) own[LABEL_KEYS.repository] = labelValue(origin.repository);
  if (origin.commit) own[LABEL_KEYS.commit] = labelValue(origin.commit);
  const run = workflowRunLabel(origin);
  if (run) own[WORKFLOW_RUN_LABEL] = run;
  if (origin.specDigest) own[SPEC_LABEL] = specLabelValue(origin.specDigest);
  if (origin.retraining) own[RETRAINING_LABEL] = labelValue(origin.retraining);
  Object.assign(labels, own);
  const keys = Object.keys(labels);
  if (keys.length > MAX_LABELS) {
    const drop = keys.filter((k) => !(k in own)).slice(MAX_LABELS - keys.length);
    for (const k of drop) {
      changed.push(`${k} dropped (Vertex allows ${MAX_LABELS + 1} labels)`);
      delete labels[k];
    }
  }
  return { labels, changed };
}

// src/core/promotion/latest-run.ts
function runLabels(query) {
  return {
    [LABEL_KEYS.pipeline]: labelValue(query.pipeline),
    [LABEL_KEYS.commit]: labelValue(query.commit)
  };
}
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
var listed = (jobs, max = 5) => {
  const shown = jobs.slice(0, max).map((j) => `${jobIdOf(j.name)} (${j.state})`).join(", ");
  return jobs.length > max ? `${shown} and ${jobs.length - max} more` : shown;
};
function newestWithLabels(jobs, labels) {
  return jobs.filter((j) => Object.entries(labels).every(([k, v]) => j.labels[k] === v)).map((job, index) => ({ job, index })).sort(
    (a, b) => (b.job.createTime ?? "").localeCompare(a.job.createTime ?? "") || a.index - b.index
  ).map(({ job }) => job);
}
var labelSelector = (labels) => Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(", ");
function pickLatestRun(jobs, query, where, limit) {
  const labels = runLabels(query);
  const ours = newestWithLabels(jobs, labels);
  const short = query.commit.slice(0, 7);
  const at = ours.findIndex((j) => j.state === "SUCCEEDED");
  if (at >= 0) return { found: true, job: ours[at], passedOver: ours.slice(0, at) };
  const selector = labelSelector(labels);
  if (ours.length === 0) {
    return {
      found: false,
      reason: `no pipeline job in ${where} carries the labels ${selector}: pipeline ${query.pipeline} was not submitted from commit ${short} by kfp-action submit, or ran in another project or region; pass \`job-name\` (the job-name output of submit; CLI: --job-name)`
    };
  }
  const some = ours.length >= limit ? `the newest ${ours.length}` : `${ours.length}`;
  return {
    found: false,
    reason: `none of ${some} pipeline job${ours.length === 1 ? "" : "s"} of ${query.pipeline} at commit ${short} succeeded (${listed(ours)}); only a SUCCEEDED run can be promoted: wait for it, or re-run the train workflow`
  };
}
function describePick(pick, query) {
  const created = pick.job.createTime ? ` (created ${pick.job.createTime})` : "";
  const over = pick.passedOver.length ? `; passed over newer jobs that did not succeed: ${listed(pick.passedOver)}` : "";
  return `no job-name given: promoting ${pick.job.name}, the newest SUCCEEDED run of ${query.pipeline} at commit ${query.commit.slice(0, 7)}${created}${over}`;
}

export {
  SPEC_LABEL,
  RETRAINING_LABEL,
  specLabelValue,
  compareSubmission,
  attachReason,
  JOB_ID_PATTERN,
  pipelineJobId,
  workflowRunLabel,
  jobLabels,
  runLabels,
  FULL_SHA,
  listed,
  newestWithLabels,
  labelSelector,
  pickLatestRun,
  describePick
};
