import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  outermostPipelines
} from "./chunk-KSVBKOZS.js";

// src/core/config/zero-config.ts
var ZERO_CONFIG_POLICY = {
  imageLatestTag: "warning",
  imageNotPinnedByDigest: "warning",
  missingResourceLimits: "warning",
  cachingDisabled: "warning",
  parameterWithoutDefault: "warning"
};
var ZERO_CONFIG_DOCS = "https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#without-a-config-file";
var INIT_DOCS = "https://github.com/kfp-action/kfp-action/blob/main/docs/config.md#kfp-action-init";
function zeroConfigPipelines(found) {
  const outer = outermostPipelines(found.modules);
  const entries = [];
  for (const m of found.modules) {
    const keep = outer.get(m.file) ?? [];
    if (keep.length === 0) continue;
    if (keep.length === m.scan.pipelines.length) entries.push({ source: m.file });
    else for (const p of keep) entries.push({ source: m.file, function: p.function });
  }
  for (const file of found.ir) entries.push({ source: file });
  return entries;
}
function zeroConfig(found) {
  return { version: 1, policy: ZERO_CONFIG_POLICY, pipelines: zeroConfigPipelines(found) };
}
function configRequiredMessage(command, configFile) {
  const keys = {
    submit: "`vertex: {project, region, pipelineRoot}` (and, to gate the run, a `decision` and `gates` on the pipeline)",
    promote: "`environments` (the promotion order) and a `model` section on the pipeline",
    rollback: "`environments` and a `model` section on the pipeline"
  };
  return `${command} needs the config file, and ${configFile} does not exist: add ${keys[command] ?? "`pipelines`"}. \`kfp-action init\` writes a commented one for the pipelines of this repository (docs/config.md)`;
}

export {
  ZERO_CONFIG_POLICY,
  ZERO_CONFIG_DOCS,
  INIT_DOCS,
  zeroConfig,
  configRequiredMessage
};
