import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  evaluateGates
} from "./chunk-XWERWCEP.js";
import {
  compilePipelines,
  displayPath
} from "./chunk-QSK4GNUC.js";
import "./chunk-GWCPRMG4.js";
import "./chunk-6TUXKNOO.js";
import "./chunk-BSDYNIC6.js";
import {
  compiledDir,
  outputBase
} from "./chunk-6PGAECVQ.js";
import {
  flag,
  parseBoolean,
  parseParameterObject,
  parsePositiveInt
} from "./chunk-I3QKFCKS.js";
import {
  errorHeadline,
  renderRunSummaryText
} from "./chunk-BZ564SMW.js";
import {
  renderRunReport
} from "./chunk-RGIAAWDF.js";
import {
  metricsAsJson
} from "./chunk-BKUIOZJQ.js";
import "./chunk-2LV6Y5RJ.js";
import "./chunk-NLYHU2L3.js";
import "./chunk-2HGA3KQZ.js";
import {
  parseParameterJson
} from "./chunk-ORKUXPMH.js";
import "./chunk-6ZC5HHQ7.js";
import "./chunk-TLUW4NAZ.js";
import "./chunk-EAQOZN5H.js";
import "./chunk-KSVBKOZS.js";
import "./chunk-ER4XBPBH.js";
import "./chunk-NB64SDZ5.js";
import {
  UserError,
  isError
} from "./chunk-6REE5PZG.js";
import {
  splitSourceList
} from "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";

// src/commands/run.ts
import { availableParallelism } from "node:os";
import path from "node:path";
function parseParamFlags(values) {
  const out = [];
  for (const v of values) {
    const eq = v.indexOf("=");
    if (eq <= 0) throw new UserError(`--param needs name=value, got "${v}"`, [], 2);
    const name = v.slice(0, eq);
    const text = v.slice(eq + 1);
    if (/^\s*[[{]/.test(text)) {
      try {
        out.push([name, parseParameterJson(text)]);
        continue;
      } catch (error) {
        throw new UserError(
          `--param ${name}: the value looks like JSON but cannot be read as JSON: ${text} (${error.message})`,
          [],
          2
        );
      }
    }
    out.push([name, text]);
  }
  return Object.fromEntries(out);
}
function cacheModeOf(name, value) {
  if (value === void 0 || value.trim() === "") return "compiled";
  return parseBoolean(name, value, true) ? "on" : "off";
}
var USAGE = [
  "Usage: kfp-action run [compiled IR or pipeline source] [options]",
  "",
  "Runs the pipeline on this machine: every task as a process (Python components with the",
  "project's venv, container commands on the host), independent tasks in parallel, with the",
  "task cache; then applies the config's decision and gates and writes the report.",
  "Without a source, the pipeline of the config file (or the only one found in the repository).",
  "",
  "  --parallelism N    tasks at once (default: one per core)",
  "  --no-cache         run every task, ignore and do not fill the cache",
  "  --fail-fast        stop all tasks when one fails (default: independent tasks go on)",
  "  --param NAME=VALUE pipeline parameter (repeatable; over the config values)",
  "  --pipeline NAME    the pipeline to run when the source has several (pipeline or function",
  "                     name; a sub-pipeline too)",
  "  --gcs-dir DIR      read gs://bucket/path (importer URIs) from DIR/bucket/path, as Vertex",
  "                     reads them from its /gcs/ mount",
  "  --strict-packages  a component's pinned package version that the venv does not have is an",
  "                     error (default: a warning in the log and the report)",
  "  --output-dir DIR   base folder (default: .kfp-action): runs/, cache/, compiled/",
  "",
  "Exit: 0 the run succeeded (the decision may still be hold), 1 it failed or could not start, 2 usage."
].join("\n");
function fromParts(common, source, output, parallelism, cacheMode, failFast, parameters, parametersSource, pipeline, strictPackages, gcsDir) {
  return {
    common,
    ...pipeline ? { pipeline } : {},
    strictPackages,
    ...gcsDir ? { gcsDir } : {},
    ...source ? { source } : {},
    outputDir: outputBase(common, output),
    parallelism,
    cacheMode,
    failFast,
    parameters,
    parametersSource
  };
}
function entryFor(config, name, entryIndex) {
  if (!config) return void 0;
  if (entryIndex !== void 0) return config.pipelines[entryIndex];
  return config.pipelines.find((e) => e.name === name);
}
function modelUri(run, entry) {
  if (!entry?.model) return "";
  const task = run.tasks.find((t) => t.name === entry.model.task && t.outputArtifacts.length > 0);
  const artifact = task?.outputArtifacts.find(
    (a) => a.outputName === (entry.model.artifact ?? "model")
  );
  return artifact?.uri ?? "";
}
var runCommand = {
  name: "run",
  summary: "run a pipeline on this machine (local backend), gate it and write the report",
  usage: USAGE,
  cliFlags: {
    values: ["parallelism", "param", "output-dir", "pipeline", "gcs-dir"],
    switches: ["no-cache", "fail-fast", "strict-packages"]
  },
  fromArgs: (args, common) => {
    if (args.positionals.length > 1) {
      throw new UserError(
        `run takes one pipeline, got ${args.positionals.length}: ${args.positionals.join(" ")}`,
        [],
        2
      );
    }
    const params = parseParamFlags(args.flags.get("param") ?? []);
    return fromParts(
      common,
      args.positionals[0],
      flag(args, "output-dir"),
      parsePositiveInt("--parallelism", flag(args, "parallelism"), 0),
      parseBoolean("--no-cache", flag(args, "no-cache"), false) ? "off" : "compiled",
      parseBoolean("--fail-fast", flag(args, "fail-fast"), false),
      params,
      Object.keys(params).length > 0 ? "the config and --param" : "the config",
      flag(args, "pipeline"),
      parseBoolean("--strict-packages", flag(args, "strict-packages"), false),
      flag(args, "gcs-dir")
    );
  },
  fromInputs: (input, common) => {
    const sources = splitSourceList(input("pipelines"));
    if (sources.length > 1) {
      throw new UserError(
        `input "pipelines": run takes one pipeline, got ${sources.length}`,
        [],
        2
      );
    }
    return fromParts(
      common,
      sources[0],
      input("output-dir"),
      parsePositiveInt('input "parallelism"', input("parallelism"), 0),
      cacheModeOf('input "cache"', input("cache")),
      parseBoolean('input "fail-fast"', input("fail-fast"), false),
      parseParameterObject('input "parameters"', input("parameters")),
      input("parameters").trim() ? "the config and the parameters input" : "the config",
      input("pipeline").trim() || void 0,
      parseBoolean('input "strict-packages"', input("strict-packages"), false),
      input("gcs-dir").trim() || void 0
    );
  },
  async run(settings, deps) {
    const wd = settings.common.workingDirectory;
    const compiled = await compilePipelines(
      {
        common: settings.common,
        sources: settings.source ? [settings.source] : [],
        outputDir: compiledDir(settings.outputDir),
        ...settings.pipeline ? { pipeline: settings.pipeline } : {}
      },
      deps
    );
    deps.edge.report(compiled.diagnostics);
    if (compiled.diagnostics.some(isError)) {
      deps.logger.error(
        "the pipeline did not compile or validate; fix the errors above before running it"
      );
      return 1;
    }
    if (compiled.compiled.length !== 1) {
      const names = compiled.compiled.map((c) => `${c.name} from ${c.source}`).join(", ");
      deps.edge.report([
        compiled.compiled.length === 0 ? {
          code: "run/no-pipeline",
          severity: "error",
          message: `no pipeline found to run in ${settings.source ?? displayPath(wd, settings.common.configPath)}`
        } : {
          code: "run/several-pipelines",
          severity: "error",
          message: `${compiled.compiled.length} pipelines found (${names}); run takes one: choose it with --pipeline NAME (input \`pipeline\`), e.g. ${["kfp-action run", settings.source, "--pipeline", compiled.compiled[0].name].filter(Boolean).join(" ")}`
        }
      ]);
      return 1;
    }
    const target = compiled.compiled[0];
    if (target.kind === "component") {
      deps.edge.report([
        {
          code: "run/component",
          severity: "error",
          message: `the module defines component ${target.name} and no pipeline; it was compiled to ${target.file}, but run needs a pipeline: use the component in a @dsl.pipeline and run that`,
          file: target.source
        }
      ]);
      return 1;
    }
    const loaded = target.loaded;
    if (!loaded) return 1;
    const entry = entryFor(compiled.config, target.name, target.entryIndex);
    if (compiled.config && !entry) {
      deps.logger.info(
        `no entry of ${displayPath(wd, settings.common.configPath)} names pipeline ${target.name}: running it without its parameters, decision and gates`
      );
    }
    if (compiled.zeroConfig) {
      deps.logger.info(
        "no config file: the run uses the compiled parameter defaults, with no decision and no gates (kfp-action init writes a config that guesses them)"
      );
    }
    const parameters = { ...entry?.parameters ?? {}, ...settings.parameters };
    const parallelism = settings.parallelism > 0 ? settings.parallelism : availableParallelism();
    deps.logger.info(
      `running ${target.name} locally (${parallelism} task${parallelism === 1 ? "" : "s"} at once, cache ${settings.cacheMode === "compiled" ? "as compiled" : settings.cacheMode}${settings.failFast ? ", fail-fast" : ""})`
    );
    const runner = await deps.localRunner();
    const { result, runDir } = await runner.run({
      spec: loaded.spec,
      parameters,
      parametersSource: settings.parametersSource,
      workingDirectory: wd,
      outputDir: settings.outputDir,
      python: settings.common.python,
      parallelism,
      cacheMode: settings.cacheMode,
      failFast: settings.failFast,
      strictPackages: settings.strictPackages,
      ...settings.gcsDir ? { gcsDir: settings.gcsDir } : {}
    });
    const outcome = evaluateGates(result, entry ?? {});
    const reportFile = path.join(runDir, "report.md");
    const reportPath = displayPath(wd, reportFile);
    const markdown = renderRunReport(result, outcome, {
      title: "local run",
      marker: `kfp-action:run:${target.name}`,
      footer: `kfp-action local run \xB7 folder ${displayPath(wd, runDir).replace(/[<>&`|]/g, "")}`
    });
    deps.workspace.writeFile(reportFile, markdown);
    deps.edge.print(renderRunSummaryText(result, outcome, reportPath));
    deps.edge.setOutput("job-name", result.jobName);
    deps.edge.setOutput("job-state", result.state);
    deps.edge.setOutput("decision", outcome.decision);
    deps.edge.setOutput("metrics", JSON.stringify(metricsAsJson(outcome.metrics)));
    deps.edge.setOutput("model-artifact-uri", modelUri(result, entry));
    deps.edge.setOutput("report-path", reportPath);
    if (deps.edge.kind === "action") await deps.edge.appendSummary(markdown);
    deps.edge.report(
      result.tasks.filter((t) => t.state === "FAILED" && t.errorCode).map((t) => ({
        code: t.errorCode,
        severity: "error",
        message: `task ${t.name}${t.iteration !== void 0 ? ` (iteration ${(t.iterationPath ?? [t.iteration]).join(".")})` : ""} failed: ${t.errorCode === "run/gcs-uri" ? (t.error ?? "").split("\n")[0] : errorHeadline(t.error ?? "")}; its log is in ${displayPath(wd, runDir)}`,
        file: target.file,
        task: t.name
      }))
    );
    if (result.state !== "SUCCEEDED") {
      deps.logger.error(
        `the run ended ${result.state}${result.error ? `: ${result.error}` : ""}; task logs are in ${displayPath(wd, runDir)}`
      );
      return 1;
    }
    return 0;
  }
};
export {
  parseParamFlags,
  runCommand
};
