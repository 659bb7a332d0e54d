import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/report/reviewed-stamp.ts
var STAMP = /^<!-- kfp-action:reviewed (sha256:[0-9a-f]{64}) ([0-9a-f]{40}) -->$/;
function reviewedStamp(digest, headSha) {
  const sha = headSha.toLowerCase();
  if (!digest || !/^sha256:[0-9a-f]{64}$/.test(digest) || !/^[0-9a-f]{40}$/.test(sha)) {
    return void 0;
  }
  return `<!-- kfp-action:reviewed ${digest} ${sha} -->`;
}
function isReviewedStamp(line) {
  return STAMP.test(line.trim());
}
function readReviewedStamp(body, marker) {
  const [first, second] = body.split("\n", 2);
  if (first?.trimEnd() !== marker || second === void 0) return void 0;
  const m = STAMP.exec(second.trimEnd());
  return m ? { digest: m[1], headSha: m[2] } : void 0;
}
var short = (s) => s.replace(/^sha256:/, "").slice(0, 12);
function compareReviewed(facts) {
  const { digest } = facts;
  if ("none" in facts.pull) return { kind: "differs", digest, because: facts.pull.none };
  const pull = facts.pull.number;
  if (facts.stamp === "no-comment") {
    return {
      kind: "differs",
      digest,
      pull,
      because: `PR #${pull} has no check comment of kfp-action for this pipeline (the PR check did not run, or did not see this pipeline)`
    };
  }
  if (facts.stamp === "no-stamp") {
    return {
      kind: "differs",
      digest,
      pull,
      because: `the check comment on PR #${pull} carries no spec stamp (written by an older kfp-action, by the fork workflow, or the pipeline did not compile)`
    };
  }
  const stamp = facts.stamp;
  if (stamp.digest === digest) return { kind: "reviewed", digest, pull };
  const base = { kind: "differs", digest, pull, reviewedDigest: stamp.digest };
  if (stamp.headSha !== facts.pull.headSha.toLowerCase()) {
    return {
      ...base,
      because: `the PR check last saw ${stamp.headSha.slice(0, 7)}, not the PR's final head ${facts.pull.headSha.slice(0, 7)} (it did not run after the last push), and that spec was sha256:${short(stamp.digest)}\u2026`
    };
  }
  const changed = facts.changedSinceHead;
  if (changed && facts.configFile && changed.includes(facts.configFile)) {
    return {
      ...base,
      because: `the config changed: ${facts.configFile} differs between the PR's head and the merge commit (the PR check saw sha256:${short(stamp.digest)}\u2026)`
    };
  }
  const files = changed?.length ? ` (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? `, and ${changed.length - 5} more` : ""})` : "";
  return {
    ...base,
    because: `the base moved: the merge commit also has changes of the base branch that the PR check did not see${files}; the check saw sha256:${short(stamp.digest)}\u2026`
  };
}

// src/core/check/comments.ts
function withoutReviewedStamp(body) {
  const lines = body.split("\n");
  return lines.length > 1 && isReviewedStamp(lines[1]) ? [lines[0], ...lines.slice(2)].join("\n") : body;
}
var ACTIONS_BOT = "github-actions[bot]";
function firstLine(body) {
  return /^[^\r\n]*/.exec(body)[0];
}
function isMarker(line, prefix) {
  if (!line.startsWith(prefix) || !line.endsWith(" -->")) return false;
  const key = line.slice(prefix.length, -" -->".length);
  return /^[A-Za-z0-9._%-]{1,400}$/.test(key);
}
function ownComments(comments, isOurMarker, login) {
  const marked = comments.filter((c) => c.user && isOurMarker(firstLine(c.body)));
  let own;
  if (login) own = marked.filter((c) => c.user.login === login);
  else {
    const bots = marked.filter((c) => c.user.type === "Bot");
    const author = bots.some((c) => c.user.login === ACTIONS_BOT) ? ACTIONS_BOT : bots[0]?.user?.login;
    own = author ? bots.filter((c) => c.user.login === author) : [];
  }
  const out = /* @__PURE__ */ new Map();
  for (const c of own) {
    const marker = firstLine(c.body);
    out.set(marker, [...out.get(marker) ?? [], c]);
  }
  return out;
}
function planComments(input) {
  const out = [];
  for (const [marker, list] of input.own) {
    for (const dup of list.slice(1)) out.push({ kind: "delete", marker, id: dup.id });
  }
  const reported = /* @__PURE__ */ new Set();
  for (const d of input.desired) {
    if (reported.has(d.marker)) continue;
    reported.add(d.marker);
    const keep = input.own.get(d.marker)?.[0];
    if (!keep) out.push({ kind: "create", marker: d.marker, body: d.body });
    else if (input.same(keep.body, d.body))
      out.push({ kind: "leave", marker: d.marker, id: keep.id });
    else out.push({ kind: "update", marker: d.marker, id: keep.id, body: d.body });
  }
  if (!input.retire) return out;
  for (const [marker, list] of input.own) {
    if (reported.has(marker)) continue;
    const keep = list[0];
    const body = input.retiredBody(marker, keep);
    if (body === void 0 || input.same(keep.body, body)) {
      out.push({ kind: "leave", marker, id: keep.id });
    } else out.push({ kind: "retire", marker, id: keep.id, body });
  }
  return out;
}
function strictEncode(text) {
  return encodeURIComponent(text).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function reportLine(pipeline, source) {
  return `<!-- kfp-action:reported:${strictEncode(pipeline)}/${strictEncode(source)} -->`;
}
function readReportLine(body) {
  const m = /^<!-- kfp-action:reported:([A-Za-z0-9._%-]{1,4000})\/([A-Za-z0-9._%-]{1,4000}) -->$/m.exec(
    body
  );
  if (!m) return void 0;
  try {
    return { pipeline: decodeURIComponent(m[1]), source: decodeURIComponent(m[2]) };
  } catch {
    return void 0;
  }
}

export {
  reviewedStamp,
  readReviewedStamp,
  compareReviewed,
  withoutReviewedStamp,
  ACTIONS_BOT,
  firstLine,
  isMarker,
  ownComments,
  planComments,
  reportLine,
  readReportLine
};
