import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  DEFAULT_LIMITS,
  sizeDiagnostic,
  validateBytes
} from "./chunk-GWCPRMG4.js";
import {
  DEFAULT_OUTPUT_BASE
} from "./chunk-6PGAECVQ.js";
import {
  flag
} from "./chunk-I3QKFCKS.js";
import "./chunk-2LV6Y5RJ.js";
import {
  mdCell,
  mdCode
} from "./chunk-2HGA3KQZ.js";
import "./chunk-ORKUXPMH.js";
import "./chunk-TLUW4NAZ.js";
import "./chunk-EAQOZN5H.js";
import {
  UserError,
  isError
} from "./chunk-6REE5PZG.js";
import {
  splitSourceList
} from "./chunk-5GVFLVTA.js";
import "./chunk-JMGSRPFI.js";

// src/commands/validate.ts
import path from "node:path";
function parseFormat(value) {
  if (value === void 0 || value === "" || value === "text") return "text";
  if (value === "json") return "json";
  throw new UserError(`--format must be text or json, got "${value}"`, [], 2);
}
function validateFile(workspace, absolute, display) {
  const size = workspace.tryFileSize(absolute);
  const tooLarge = size === void 0 ? void 0 : sizeDiagnostic(display, size, DEFAULT_LIMITS);
  if (tooLarge) return [tooLarge];
  let bytes;
  try {
    bytes = workspace.readFile(absolute);
  } catch (error) {
    throw new UserError(`cannot read "${display}": ${error.message}`, [], 2);
  }
  return validateBytes(bytes, display).diagnostics;
}
function toReport(file, diagnostics) {
  return {
    file,
    valid: !diagnostics.some(isError),
    errors: diagnostics.map((d) => ({
      message: d.message,
      ...d.line !== void 0 ? { line: d.line } : {},
      ...d.column !== void 0 ? { column: d.column } : {},
      ...d.path !== void 0 ? { path: d.path } : {},
      ...d.task !== void 0 ? { task: d.task } : {},
      code: d.code,
      severity: d.severity
    }))
  };
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summaryLine(reports) {
  const invalid = reports.filter((r) => !r.valid).length;
  const errors = reports.reduce(
    (n, r) => n + r.errors.filter((e) => e.severity === "error").length,
    0
  );
  return invalid === 0 ? `${plural(reports.length, "file")} valid` : `${plural(invalid, "file")} of ${reports.length} invalid (${plural(errors, "error")})`;
}
function summaryMarkdown(reports) {
  const rows = reports.map((r) => {
    const errors = r.errors.filter((e) => e.severity === "error");
    const first = errors[0];
    const detail = first ? `${mdCell(first.message)}${errors.length > 1 ? ` (+${errors.length - 1} more)` : ""}` : "";
    return `| ${mdCode(r.file)} | ${r.valid ? "valid" : "**invalid**"} | ${detail} |`;
  });
  return [
    `### kfp-action validate: ${summaryLine(reports)}`,
    "",
    "| file | result | first error |",
    "| --- | --- | --- |",
    ...rows,
    ""
  ].join("\n");
}
async function compiledInRepository(base, deps) {
  const found = await deps.workspace.findPipelines(
    base,
    [path.resolve(base, DEFAULT_OUTPUT_BASE)],
    deps.logger
  );
  if (found.ir.length === 0) {
    throw new UserError(
      `no file or folder given, and no compiled pipeline IR (YAML/JSON with pipelineInfo, root and schemaVersion) found in ${found.listing === "git" ? "the files git knows" : "this folder"}; name the files to validate, or compile the Python pipelines with kfp-action compile`,
      [],
      2
    );
  }
  deps.logger.info(
    `no file given: validating the ${found.ir.length} compiled pipeline${found.ir.length === 1 ? "" : "s"} found in the repository`
  );
  return found.ir.map((f) => path.resolve(base, f));
}
var validateCommand = {
  name: "validate",
  summary: "check compiled IR (schema, graph, types, placeholders, naming) without Python",
  usage: [
    "Usage: kfp-action validate [files or folders\u2026] [--format json]",
    "",
    "Without a file: every compiled pipeline IR in the repository (the files git knows;",
    "virtualenvs, node_modules and .kfp-action skipped).",
    "",
    "Validates compiled KFP IR (.yaml/.yml/.json; a folder means every such file below it):",
    "the PipelineSpec schema, the task graph, parameter and artifact types, placeholders,",
    "the pipeline name and schemaVersion, and the optional platform document.",
    "",
    "  --format FORMAT   text (default): file:line:col: error: message [task] (code)",
    "                    json: one object per file: {file, valid, errors: [...]}",
    "",
    "Exit: 0 all valid, 1 any invalid, 2 usage error or unreadable path."
  ].join("\n"),
  cliFlags: { values: ["format"], switches: [] },
  fromArgs(args, common) {
    return { common, paths: [...args.positionals], format: parseFormat(flag(args, "format")) };
  },
  fromInputs(input, common) {
    return { common, paths: splitSourceList(input("pipelines")), format: "text" };
  },
  async run(settings, deps) {
    const base = settings.common.workingDirectory;
    const files = settings.paths.length ? deps.workspace.expandIrPaths(settings.paths, base) : await compiledInRepository(base, deps);
    const reports = files.map((absolute) => {
      const relative = path.relative(base, absolute);
      const display = relative === "" ? absolute : relative;
      const diagnostics = validateFile(deps.workspace, absolute, display);
      if (settings.format === "text") deps.edge.report(diagnostics);
      return toReport(display, diagnostics);
    });
    if (settings.format === "json") deps.edge.print(JSON.stringify(reports, null, 2));
    else deps.edge.print(summaryLine(reports));
    const valid = reports.every((r) => r.valid);
    deps.edge.setOutput("valid", String(valid));
    if (deps.edge.kind === "action") await deps.edge.appendSummary(summaryMarkdown(reports));
    return valid ? 0 : 1;
  }
};
export {
  validateCommand
};
