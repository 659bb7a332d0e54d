import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  compilePipelines,
  displayPath
} from "./chunk-QSK4GNUC.js";
import "./chunk-GWCPRMG4.js";
import "./chunk-6TUXKNOO.js";
import {
  ZERO_CONFIG_POLICY
} from "./chunk-BSDYNIC6.js";
import {
  flag,
  parseBoolean
} from "./chunk-I3QKFCKS.js";
import "./chunk-2LV6Y5RJ.js";
import "./chunk-NLYHU2L3.js";
import "./chunk-ORKUXPMH.js";
import {
  loadConfig
} from "./chunk-ZXE44MOH.js";
import {
  require_dist
} from "./chunk-TLUW4NAZ.js";
import "./chunk-N7DDHGZN.js";
import "./chunk-XJSAC4CW.js";
import "./chunk-EAQOZN5H.js";
import "./chunk-KSVBKOZS.js";
import "./chunk-ER4XBPBH.js";
import "./chunk-NB64SDZ5.js";
import {
  UserError,
  isError
} from "./chunk-6REE5PZG.js";
import {
  __toESM
} from "./chunk-JMGSRPFI.js";

// src/commands/init.ts
import path from "node:path";

// src/core/config/init.ts
var import_yaml = __toESM(require_dist(), 1);
var NAME = /^[a-z0-9][a-z0-9-]{0,127}$/;
var DECISION = /deploy/i;
function tasksOf(spec) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (dag) => {
    if (seen.has(dag)) return;
    seen.add(dag);
    for (const [task, t] of Object.entries(dag.dag?.tasks ?? {})) {
      const component = t.componentRef ? spec.components?.[t.componentRef.name] : void 0;
      if (!component) continue;
      if (component.dag) visit(component);
      else out.push({ task, component });
    }
  };
  visit(spec.root);
  return out;
}
function describePipeline(spec, source, fn) {
  const parameters = Object.entries(spec.root?.inputDefinitions?.parameters ?? {}).map(
    ([name2, p]) => ({
      name: name2,
      ...p.parameterType ? { type: p.parameterType } : {},
      ...p.defaultValue !== void 0 ? { defaultValue: p.defaultValue } : {}
    })
  );
  let decision;
  let model;
  const metrics = [];
  for (const { task, component } of tasksOf(spec)) {
    const outs = component.outputDefinitions ?? {};
    for (const [output, p] of Object.entries(outs.parameters ?? {})) {
      if (!decision && DECISION.test(output) && ["STRING", "BOOLEAN"].includes(p.parameterType ?? ""))
        decision = { task, output };
    }
    for (const [output, a] of Object.entries(outs.artifacts ?? {})) {
      const title = a.artifactType?.schemaTitle ?? "";
      if (!model && title === "system.Model" && !a.isArtifactList) model = { task, output };
      if (title === "system.Metrics" || title === "system.ClassificationMetrics")
        metrics.push({ task, output });
    }
  }
  const name = spec.pipelineInfo?.name;
  return {
    source,
    ...typeof name === "string" ? { name } : {},
    ...fn ? { function: fn } : {},
    parameters,
    ...decision ? { decision } : {},
    ...model ? { model } : {},
    metrics
  };
}
function value(v) {
  return (0, import_yaml.stringify)(v, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}
function commentText(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").slice(0, 200);
}
var SCHEMA_URL = "https://raw.githubusercontent.com/kfp-action/kfp-action/v1/schema/kfp-action.schema.json";
function pipelineLines(p, several) {
  const out = [];
  const title = p.name ?? p.source;
  out.push(`  # ${commentText(title)}${p.note ? ` \u2014 ${commentText(p.note)}` : ""}`);
  out.push(`  - source: ${value(p.source)}`);
  if (p.name && NAME.test(p.name)) out.push(`    name: ${value(p.name)}`);
  if (p.function) out.push(`    function: ${value(p.function)}`);
  else if (several && p.name && !NAME.test(p.name))
    out.push(`    # name: (pipelineInfo.name ${value(p.name)} is not a valid config name)`);
  const withDefault = p.parameters.filter((x) => x.defaultValue !== void 0);
  const without = p.parameters.filter((x) => x.defaultValue === void 0);
  if (p.parameters.length) {
    out.push(
      "    # Runtime parameters (the compiled defaults; a run passes these values).",
      withDefault.length ? "    parameters:" : "    # parameters:"
    );
    for (const x of withDefault) out.push(`      ${value(x.name)}: ${value(x.defaultValue)}`);
    for (const x of without)
      out.push(
        `      # ${value(x.name)}: \u2026  # no default (${commentText(x.type ?? "any type")}): every run must pass it`
      );
  }
  if (p.decision) {
    out.push(
      `    # The pipeline's own verdict, guessed from the output "${commentText(p.decision.output)}" of ${commentText(p.decision.task)}.`,
      "    decision:",
      `      task: ${value(p.decision.task)}`,
      `      output: ${value(p.decision.output)}`,
      "      deployValues: ['true']"
    );
  } else {
    out.push(
      "    # decision: { task: eval-model, output: deploy }  # a task output that says whether to deploy"
    );
  }
  const metric = p.metrics[0];
  out.push(
    "    # Metric gates applied after a run (uncomment and set the names your pipeline logs):",
    "    # gates:",
    `    #   - { metric: accuracy${metric ? `, task: ${commentText(metric.task)}` : ""}, min: 0.9, maxRegression: 0.02 }`
  );
  if (p.model) {
    out.push(
      `    # The model promoted through the environments: ${commentText(p.model.task)}'s "${commentText(p.model.output)}" artifact.`,
      "    model:",
      `      task: ${value(p.model.task)}`,
      `      artifact: ${value(p.model.output)}`,
      "      # servingContainer: europe-docker.pkg.dev/vertex-ai/prediction/sklearn-cpu.1-5:latest"
    );
  }
  return out;
}
function renderInitConfig(pipelines) {
  const levels = Object.entries(ZERO_CONFIG_POLICY).map(([k, v]) => `  ${k}: ${v}`);
  return [
    `# yaml-language-server: $schema=${SCHEMA_URL}`,
    "# kfp-action config, written by `kfp-action init` from the pipelines of this repository.",
    "# Every key is described in docs/config.md; paths are relative to this file.",
    "version: 1",
    "",
    "# Vertex AI Pipelines, for `submit` on merge. Fill in and uncomment; docs/setup.md sets up",
    "# Google Cloud (Workload Identity Federation, service accounts) for the workflows.",
    "# vertex:",
    "#   project: my-project",
    "#   region: europe-west4",
    "#   pipelineRoot: gs://my-bucket/pipeline-root",
    "",
    "# Policy on the compiled pipelines in pull requests: off, warning or error per rule. These are",
    "# the levels used without a config; raise a rule to error to fail the check.",
    "policy:",
    ...levels,
    "  # allowedRegistries: [europe-docker.pkg.dev/my-project]",
    "  # maxTasks: 50",
    "",
    "pipelines:",
    ...pipelines.flatMap((p, i) => [...i ? [""] : [], ...pipelineLines(p, pipelines.length > 1)]),
    "",
    "# Promotion order for `promote` (GitHub Environments of the same names); see docs/promotion.md.",
    "# environments:",
    "#   - { name: staging, endpoint: my-model-staging, machineType: n1-standard-2 }",
    "#   - { name: production, endpoint: my-model, machineType: n1-standard-4 }",
    ""
  ].join("\n");
}

// src/commands/init.ts
var INIT_WORKFLOWS = [
  { starter: "pr-check.yml", target: ".github/workflows/kfp-pr-check.yml" },
  { starter: "pr-comment.yml", target: ".github/workflows/kfp-pr-comment.yml" }
];
var USAGE = [
  "Usage: kfp-action init [--force] [--dry-run]",
  "",
  "Finds the pipelines of this repository (Python modules with a @dsl.pipeline, compiled IR),",
  "compiles them with the pinned KFP SDK, and writes:",
  "  kfp-action.yaml                        the pipelines, their parameters with their defaults,",
  "                                         a guessed decision and model, gates and Vertex commented",
  "  .github/workflows/kfp-pr-check.yml     the pull-request check (starter)",
  "  .github/workflows/kfp-pr-comment.yml   posts the check of pull requests from forks (starter)",
  "",
  "  --force     overwrite files that exist (default: keep them)",
  "  --dry-run   print what would be written; write nothing",
  "",
  "Exit: 0 written (or kept), 1 no pipeline found or an error, 2 usage."
].join("\n");
async function describeAll(settings, deps) {
  const wd = settings.common.workingDirectory;
  const scratch = deps.workspace.scratchDir("kfp-action-init-");
  try {
    const run = await compilePipelines(
      { common: settings.common, sources: [], outputDir: scratch.path, ignoreConfig: true },
      deps
    );
    deps.edge.report(run.diagnostics);
    const entries = run.config?.pipelines ?? [];
    const out = [];
    entries.forEach((entry, i) => {
      const compiled = run.compiled.filter((c) => c.entryIndex === i);
      if (compiled.length === 0) {
        const broken = run.diagnostics.some(
          (d) => isError(d) && d.file === displayPath(wd, path.resolve(wd, entry.source))
        );
        out.push({
          source: entry.source,
          ...entry.function ? { function: entry.function } : {},
          parameters: [],
          metrics: [],
          note: broken ? "did not compile here (see the errors above); fill in its details by hand" : "no pipeline compiled from it here"
        });
      }
      for (const c of compiled) {
        if (!c.loaded) continue;
        out.push(
          describePipeline(c.loaded.spec, entry.source, entry.function)
        );
      }
    });
    return out;
  } finally {
    scratch.remove();
  }
}
var initCommand = {
  name: "init",
  summary: "write kfp-action.yaml and the starter workflows for the pipelines of this repository",
  usage: USAGE,
  cliFlags: { values: [], switches: ["force", "dry-run"] },
  fromArgs: (args, common) => ({
    common,
    force: parseBoolean("--force", flag(args, "force"), false),
    dryRun: parseBoolean("--dry-run", flag(args, "dry-run"), false)
  }),
  fromInputs: () => {
    throw new UserError(
      "init writes files into your clone: run it on your machine (npx kfp-action init), review and commit what it writes",
      [],
      2
    );
  },
  async run(settings, deps) {
    const { common } = settings;
    const wd = common.workingDirectory;
    const show = (p) => displayPath(wd, p);
    const files = [
      {
        path: common.configPath,
        text: async () => {
          const pipelines = await describeAll(settings, deps);
          if (pipelines.length === 0) {
            throw new UserError(
              "no pipeline found in this repository (no Python module with a @dsl.pipeline, no compiled IR), so there is nothing to configure; see docs/config.md to write kfp-action.yaml by hand",
              []
            );
          }
          const text = renderInitConfig(pipelines);
          const check = loadConfig(text, show(common.configPath));
          if (check.diagnostics.some(isError)) {
            throw new Error(
              `init wrote a config its own schema refuses: ${check.diagnostics.map((d) => d.message).join("; ")}`
            );
          }
          return text;
        }
      },
      ...INIT_WORKFLOWS.map((w) => ({
        path: path.join(wd, w.target),
        text: () => deps.workspace.starterWorkflow(w.starter)
      }))
    ];
    const wrote = [];
    for (const f of files) {
      const exists = deps.workspace.exists(f.path);
      if (exists && !settings.force) {
        deps.edge.print(`kept ${show(f.path)} (it exists; --force overwrites it)`);
        continue;
      }
      const text = await f.text();
      if (settings.dryRun) {
        deps.edge.print(
          `--- ${show(f.path)} (would ${exists ? "overwrite" : "write"}) ---
${text}`
        );
        continue;
      }
      deps.workspace.writeFile(f.path, text);
      wrote.push(show(f.path));
      deps.edge.print(`${exists ? "overwrote" : "wrote"} ${show(f.path)}`);
    }
    const config = show(common.configPath);
    deps.edge.print(
      [
        "",
        "Next steps:",
        `  1. Review ${config}: the parameters, the guessed decision and model, the gates to uncomment.`,
        `  2. npx kfp-action check${config === "kfp-action.yaml" ? "" : ` --config ${config}`}   checks every pipeline with it, as the pull request will;`,
        "     npx kfp-action run <source>   runs one on this machine.",
        `  3. Commit ${config} and .github/workflows/, and open a pull request: each pipeline gets a comment.`,
        "  4. For Vertex AI: fill in `vertex:` and follow docs/setup.md (Workload Identity Federation,",
        "     service accounts, GitHub Environments), then use workflows/kfp-loop.yml for train and promote."
      ].join("\n")
    );
    if (settings.dryRun) deps.logger.info("dry run: nothing was written");
    return 0;
  }
};
export {
  initCommand
};
