import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  canonicalJson
} from "./chunk-NLYHU2L3.js";
import {
  mdCell,
  mdCode,
  truncate
} from "./chunk-2HGA3KQZ.js";
import {
  DEFAULT_TIME_ZONE,
  formatInZone,
  nextRunTimes
} from "./chunk-XJSAC4CW.js";

// src/core/report/schedules.ts
var NEXT_RUNS = 3;
function nextRunsCell(cron, timeZone, now, options = {}) {
  if (options.paused) return "paused: none";
  try {
    const start = options.startTime ? new Date(options.startTime) : void 0;
    const from = start && start > now ? start : now;
    const end = options.endTime ? new Date(options.endTime) : void 0;
    const runs = nextRunTimes(cron, timeZone, from, NEXT_RUNS).filter((t) => !end || t <= end);
    if (runs.length === 0) return "none (after its end)";
    return runs.map((t) => mdCell(formatInZone(t, timeZone))).join("<br>");
  } catch {
    return mdCell("(cannot be computed)");
  }
}
function addedParameters(parameters) {
  if (!parameters || Object.keys(parameters).length === 0) return "";
  return `<br>${mdCell(truncate(`parameters: ${canonicalJson(parameters)}`, 300))}`;
}
var ICON = {
  added: "\u2795 added",
  changed: "\u270F\uFE0F changed",
  removed: "\u2796 removed"
};
function renderScheduleChanges(changes, now) {
  if (changes.length === 0) return "";
  const rows = changes.map((c) => {
    const s = c.settings;
    const zone = s.timeZone ?? DEFAULT_TIME_ZONE;
    const what = c.kind === "changed" ? c.changes.map((line) => mdCell(truncate(line, 300))).join("<br>") : c.kind === "added" ? `${mdCode(s.cron)} ${mdCell(zone)}${s.paused ? " (paused)" : ""}${addedParameters(s.parameters)}` : `${mdCode(s.cron)} ${mdCell(zone)}: its Vertex schedule is deleted on merge (paused with \`removed-schedules: pause\`)`;
    const next = c.kind === "removed" ? "\u2014" : nextRunsCell(s.cron, zone, now, {
      paused: s.paused ?? false,
      ...s.startTime ? { startTime: s.startTime } : {},
      ...s.endTime ? { endTime: s.endTime } : {}
    });
    return `| ${mdCode(c.name)} | ${ICON[c.kind]} | ${what} | ${next} |`;
  });
  return [
    `#### Schedules (${changes.length} change${changes.length === 1 ? "" : "s"})`,
    "",
    "| schedule | change | what | next runs |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "Applied to Vertex AI on merge by `kfp-action schedules`."
  ].join("\n");
}
function scheduleCommentSection(changes, time) {
  if (!changes || changes.length === 0) return void 0;
  const now = time && !Number.isNaN(Date.parse(time)) ? new Date(time) : /* @__PURE__ */ new Date(0);
  return { name: "the schedule changes", text: renderScheduleChanges(changes, now), cutOrder: 3 };
}
var VERB = {
  create: "\u2795 created",
  update: "\u270F\uFE0F updated",
  replace: "\u267B\uFE0F created again",
  pause: "\u23F8\uFE0F paused",
  resume: "\u25B6\uFE0F resumed",
  delete: "\u2796 deleted",
  leave: "\u2714\uFE0F unchanged"
};
var DRY_VERB = {
  create: "\u2795 to create",
  update: "\u270F\uFE0F to update",
  replace: "\u267B\uFE0F to create again",
  pause: "\u23F8\uFE0F to pause",
  resume: "\u25B6\uFE0F to resume",
  delete: "\u2796 to delete",
  leave: "\u2714\uFE0F unchanged"
};
function renderScheduleActions(actions, now, options = {}) {
  const title = options.dryRun ? "### Schedules (dry run: nothing was changed)" : "### Schedules";
  if (actions.length === 0)
    return `${title}

No schedule in the config, and none on Vertex AI owned by this repository.
`;
  const rows = actions.map((a) => {
    const d = a.desired;
    const failure = options.failed?.get(a);
    const verbs = options.dryRun ? DRY_VERB : VERB;
    const verb = failure ? `\u274C ${a.kind}: failed` : verbs[a.kind];
    const what = [...a.changes, ...failure ? [failure] : []].map((line) => mdCell(truncate(line, 300))).join("<br>");
    const next = d && a.kind !== "delete" ? nextRunsCell(d.cronFields, d.timeZone, now, {
      paused: d.paused,
      ...d.fields.startTime ? { startTime: d.fields.startTime } : {},
      ...d.fields.endTime ? { endTime: d.fields.endTime } : {}
    }) : "\u2014";
    const where = `${a.location.project}/${a.location.region}`;
    return `| ${mdCode(a.pipeline)} | ${mdCode(a.schedule)} | ${verb} | ${what || "\u2014"} | ${next} | ${mdCode(where)} |`;
  });
  return [
    title,
    "",
    "| pipeline | schedule | action | what | next runs | project/region |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}

export {
  scheduleCommentSection,
  renderScheduleActions
};
