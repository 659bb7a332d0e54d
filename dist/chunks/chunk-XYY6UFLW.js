import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/commands/registry.ts
var COMMANDS = [
  {
    name: "compile",
    summary: "compile Python pipelines with the pinned KFP SDK into IR YAML, then validate it",
    compilesPython: true,
    load: async () => (await import("./compile-27WYZ2AI.js")).compileCommand
  },
  {
    name: "validate",
    summary: "check compiled IR (schema, graph, types, placeholders, naming) without Python",
    load: async () => (await import("./validate-SKSSX7AW.js")).validateCommand
  },
  {
    name: "check",
    summary: "pull-request check: compile, validate, diff against the base, policy, sticky comments",
    compilesPython: true,
    load: async () => (await import("./check-ZVHG4O2W.js")).checkCommand
  },
  {
    name: "post-comments",
    summary: "render and post the PR comments of a saved check result (the privileged comment job)",
    load: async () => (await import("./post-comments-P4PSZ6F5.js")).postCommentsCommand
  },
  {
    name: "run",
    summary: "run a pipeline on this machine (local backend), gate it and write the report",
    compilesPython: true,
    load: async () => (await import("./run-UMKOYQUA.js")).runCommand
  },
  {
    name: "submit",
    summary: "run the pipelines on Vertex AI Pipelines, wait, gate the metrics and report on the merged PR",
    compilesPython: true,
    load: async () => (await import("./submit-LKHCLZOZ.js")).submitCommand
  },
  {
    name: "schedules",
    summary: "make the Vertex AI schedules match the schedules in the config (on merge)",
    compilesPython: true,
    load: async () => (await import("./schedules-IVCDE4LC.js")).schedulesCommand
  },
  {
    name: "promote",
    summary: "promote a run\u2019s model to a GitHub Environment\u2019s endpoint (staging, then production)",
    load: async () => (await import("./promote-AC7X6F3A.js")).promoteCommand
  },
  {
    name: "rollback",
    summary: "move an environment\u2019s endpoint traffic and alias back to the version before",
    load: async () => (await import("./rollback-32NYZBXC.js")).rollbackCommand
  },
  {
    name: "init",
    summary: "write kfp-action.yaml and the starter workflows for the pipelines of this repository",
    compilesPython: true,
    load: async () => (await import("./init-AUZZ2TSG.js")).initCommand
  }
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}

export {
  COMMANDS,
  findCommand
};
