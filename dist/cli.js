#!/usr/bin/env node
import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/cli.ts
var REQUIRED_MAJOR = 22;
var major = Number(process.versions.node.split(".")[0]);
if (major < REQUIRED_MAJOR) {
  process.stderr.write(
    `kfp-action needs Node.js ${REQUIRED_MAJOR} or newer; this is Node.js ${process.versions.node} (${process.execPath}).
`
  );
  process.exitCode = 2;
} else {
  const { enableCompileCache } = await import("node:module");
  try {
    enableCompileCache?.();
  } catch {
  }
  const { runCli } = await import("./chunks/cli-main-YYW6F4TD.js");
  process.exitCode = await runCli(process.argv.slice(2), process.cwd(), process.env);
}
