import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/diagnostics.ts
function isError(d) {
  return d.severity === "error";
}
function formatDiagnostic(d) {
  const where = [d.file, d.line, d.line !== void 0 ? d.column : void 0].filter((p) => p !== void 0 && p !== "").join(":");
  const task = d.task ? ` [${d.task}]` : "";
  return `${where ? `${where}: ` : ""}${d.severity}: ${d.message}${task} (${d.code})`;
}
var UserError = class extends Error {
  constructor(message, diagnostics = [], exitCode = 1) {
    super(message);
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  diagnostics;
  exitCode;
};

export {
  isError,
  formatDiagnostic,
  UserError
};
