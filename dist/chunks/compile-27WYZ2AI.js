import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  compilePipelines
} from "./chunk-QSK4GNUC.js";
import "./chunk-GWCPRMG4.js";
import "./chunk-6TUXKNOO.js";
import "./chunk-BSDYNIC6.js";
import {
  compiledDir,
  outputBase
} from "./chunk-6PGAECVQ.js";
import {
  flag
} from "./chunk-I3QKFCKS.js";
import "./chunk-2LV6Y5RJ.js";
import "./chunk-NLYHU2L3.js";
import {
  mdCell,
  mdCode
} from "./chunk-2HGA3KQZ.js";
import "./chunk-ORKUXPMH.js";
import "./chunk-TLUW4NAZ.js";
import "./chunk-EAQOZN5H.js";
import "./chunk-KSVBKOZS.js";
import "./chunk-ER4XBPBH.js";
import "./chunk-NB64SDZ5.js";
import {
  isError
} from "./chunk-6REE5PZG.js";
import {
  splitSourceList
} from "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";

// src/commands/compile.ts
function outputDir(common, base) {
  return compiledDir(outputBase(common, base));
}
function summary(compiled, errors) {
  const rows = compiled.map(
    (c) => `| ${mdCell(c.name)} | ${mdCode(c.source)} | ${mdCode(c.file)} | ${c.valid ? "valid" : "invalid"} |`
  );
  return [
    `### kfp-action compile: ${compiled.length} pipeline${compiled.length === 1 ? "" : "s"}${errors ? `, ${errors} error${errors === 1 ? "" : "s"}` : ""}`,
    "",
    ...rows.length ? ["| pipeline | source | IR | validation |", "| --- | --- | --- | --- |", ...rows] : [],
    ""
  ].join("\n");
}
var compileCommand = {
  name: "compile",
  summary: "compile Python pipelines with the pinned KFP SDK into IR YAML, then validate it",
  usage: [
    "Usage: kfp-action compile [sources\u2026] [--output-dir DIR]",
    "",
    "Compiles each pipeline module with the KFP SDK (one IR file per outermost @dsl.pipeline,",
    "named after the pipeline; sub-pipelines are compiled into the pipelines that use them) and",
    "validates the result. A named module with components and no pipeline compiles to component",
    "YAML. Sources are paths or globs of .py modules or already compiled .yaml/.json IR; without",
    "any, the pipelines listed in the config file, or without a config file every pipeline found",
    "in the repository (docs/config.md).",
    "",
    "  --pipeline NAME    only this pipeline (pipeline or function name; a sub-pipeline too)",
    "  --output-dir DIR   base folder; IR goes to DIR/compiled (default: .kfp-action)",
    "",
    "Exit: 0 all compiled and valid, 1 a pipeline failed to compile or validate, 2 usage."
  ].join("\n"),
  cliFlags: { values: ["output-dir", "pipeline"], switches: [] },
  fromArgs: (args, common) => {
    const pipeline = flag(args, "pipeline");
    return {
      common,
      sources: [...args.positionals],
      outputDir: outputDir(common, flag(args, "output-dir")),
      ...pipeline ? { pipeline } : {}
    };
  },
  fromInputs: (input, common) => {
    const pipeline = input("pipeline").trim();
    return {
      common,
      sources: splitSourceList(input("pipelines")),
      outputDir: outputDir(common, input("output-dir")),
      ...pipeline ? { pipeline } : {}
    };
  },
  async run(settings, deps) {
    const run = await compilePipelines(settings, deps);
    deps.edge.report(run.diagnostics);
    const errors = run.diagnostics.filter(isError).length;
    for (const c of run.compiled) {
      deps.edge.print(
        `${c.valid ? "compiled" : "INVALID "} ${c.name}: ${c.source} -> ${c.file}${c.kind === "component" ? " (component)" : ""}`
      );
    }
    const listed = run.compiled.map((c) => ({ name: c.name, source: c.source, file: c.file }));
    deps.edge.setOutput("compiled", JSON.stringify(listed));
    deps.edge.setOutput("valid", String(errors === 0));
    if (deps.edge.kind === "action") await deps.edge.appendSummary(summary(run.compiled, errors));
    if (errors > 0) {
      deps.logger.error(
        `${errors} error${errors === 1 ? "" : "s"}; ${run.compiled.length} pipeline${run.compiled.length === 1 ? "" : "s"} compiled`
      );
      return 1;
    }
    if (run.compiled.length === 0) {
      deps.logger.error("no pipeline found in the sources (no @dsl.pipeline and no compiled IR)");
      return 1;
    }
    return 0;
  }
};
export {
  compileCommand
};
