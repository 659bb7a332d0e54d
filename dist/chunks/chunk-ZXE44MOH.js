import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  findYamlNode,
  pointerToPath,
  require_dist
} from "./chunk-TLUW4NAZ.js";
import {
  require_ucs2length
} from "./chunk-N7DDHGZN.js";
import {
  DEFAULT_TIME_ZONE,
  cronProblem,
  isTimeZone,
  nextRunTimes
} from "./chunk-XJSAC4CW.js";
import {
  MAX_DEPTH,
  offsetPosition,
  scanYamlDepth
} from "./chunk-EAQOZN5H.js";
import {
  __toESM
} from "./chunk-JMGSRPFI.js";

// src/core/config/load.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/config/checks.ts
function semanticChecks(config2) {
  const out = [];
  const firstByName = /* @__PURE__ */ new Map();
  config2.pipelines.forEach((p, i) => {
    if (p.name !== void 0) {
      const first = firstByName.get(p.name);
      if (first !== void 0) {
        out.push({
          code: "config/duplicate-pipeline",
          severity: "error",
          message: `pipeline name "${p.name}" is already used by pipelines[${first}]; each entry must configure a different pipeline`,
          at: ["pipelines", i, "name"]
        });
      } else firstByName.set(p.name, i);
    }
    out.push(...scheduleChecks(p.schedules ?? [], ["pipelines", i, "schedules"]));
    (p.gates ?? []).forEach((g, j) => {
      const at = ["pipelines", i, "gates", j];
      if (g.min !== void 0 && g.max !== void 0 && g.min > g.max) {
        out.push({
          code: "config/gate-range",
          severity: "error",
          message: `gate on "${g.metric}" has min ${g.min} above max ${g.max}; no value can pass it`,
          at
        });
      }
      if (g.min === void 0 && g.max === void 0 && g.maxRegression === void 0) {
        out.push({
          code: "config/gate-empty",
          severity: "warning",
          message: `gate on "${g.metric}" sets none of min, max, maxRegression, so it always passes`,
          at
        });
      }
    });
  });
  const envIndex = /* @__PURE__ */ new Map();
  (config2.environments ?? []).forEach((e, i) => {
    const first = envIndex.get(e.name);
    if (first !== void 0) {
      out.push({
        code: "config/duplicate-environment",
        severity: "error",
        message: `environment "${e.name}" is listed twice (also environments[${first}]); the promotion order must name each once`,
        at: ["environments", i, "name"]
      });
    } else envIndex.set(e.name, i);
    if (e.minReplicas !== void 0 && e.maxReplicas !== void 0 && e.minReplicas > e.maxReplicas) {
      out.push({
        code: "config/replica-range",
        severity: "error",
        message: `environment "${e.name}" has minReplicas ${e.minReplicas} above maxReplicas ${e.maxReplicas}`,
        at: ["environments", i]
      });
    }
  });
  return out;
}
function scheduleChecks(schedules, at) {
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  schedules.forEach((s, j) => {
    const here = [...at, j];
    const error = (code, message, key) => out.push({ code, severity: "error", message, at: [...here, key] });
    const first = seen.get(s.name);
    if (first !== void 0)
      error(
        "config/duplicate-schedule",
        `schedule name "${s.name}" is already used by schedules[${first}] of this pipeline; each schedule needs its own name`,
        "name"
      );
    else seen.set(s.name, j);
    const zone = s.timeZone ?? DEFAULT_TIME_ZONE;
    const zoneOk = isTimeZone(zone);
    if (!zoneOk)
      error(
        "config/bad-time-zone",
        `time zone "${s.timeZone}" is not an IANA time zone (e.g. "Europe/Berlin", "America/New_York", "UTC")`,
        "timeZone"
      );
    const problem = cronProblem(s.cron);
    if (problem) error("config/bad-cron", `cron "${s.cron}": ${problem}`, "cron");
    const start = s.startTime !== void 0 ? realTime(s.startTime) : void 0;
    const end = s.endTime !== void 0 ? realTime(s.endTime) : void 0;
    if (start !== void 0 && Number.isNaN(start))
      error("config/bad-time", `startTime "${s.startTime}" is not a real time`, "startTime");
    if (end !== void 0 && Number.isNaN(end))
      error("config/bad-time", `endTime "${s.endTime}" is not a real time`, "endTime");
    if (start !== void 0 && end !== void 0 && start >= end)
      error(
        "config/bad-time",
        `endTime ${s.endTime} is not after startTime ${s.startTime}; the schedule would never run`,
        "endTime"
      );
    if (!problem && zoneOk) {
      const from = new Date(Number.isFinite(start) ? start : Date.UTC(2e3, 0, 1));
      if (nextRunTimes(s.cron, zone, from, 1).length === 0)
        error(
          "config/bad-cron",
          `cron "${s.cron}" names no time that exists (e.g. 30 February)`,
          "cron"
        );
    }
  });
  return out;
}
function realTime(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(value);
  if (!m) return NaN;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > days || h > 23 || mi > 59 || se > 59) return NaN;
  return Date.parse(value);
}

// src/core/schemas/config.ts
var import_ucs2length = __toESM(require_ucs2length(), 1);
var config = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/kfp-action/kfp-action/schema/kfp-action.schema.json", "title": "kfp-action config file (kfp-action.yaml)", "description": "Lists the repository's Kubeflow pipelines and how kfp-action compiles, runs, gates and promotes them. See docs/config.md.", "type": "object", "additionalProperties": false, "required": ["version", "pipelines"], "properties": { "$schema": { "type": "string", "description": "Editor hint: the URL or path of this schema." }, "version": { "const": 1, "description": "Version of this file's format; always 1." }, "vertex": { "$ref": "#/definitions/vertex" }, "policy": { "$ref": "#/definitions/policy" }, "pipelines": { "type": "array", "minItems": 1, "description": "The pipelines of the repository.", "items": { "$ref": "#/definitions/pipeline" } }, "environments": { "type": "array", "description": "Promotion order: each environment must hold a version before the next may receive it.", "items": { "$ref": "#/definitions/environment" } } }, "definitions": { "nonEmpty": { "type": "string", "minLength": 1 }, "ruleLevel": { "enum": ["off", "warning", "error"] }, "parameterValue": { "description": "A pipeline parameter value: string, number, boolean, list or mapping." }, "pipeline": { "type": "object", "additionalProperties": false, "required": ["source"], "properties": { "source": { "$ref": "#/definitions/nonEmpty", "description": "Path or glob, relative to this file, of Python pipeline modules or compiled IR (.yaml/.json)." }, "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,127}$", "description": "pipelineInfo.name this entry configures; with several pipelines in a module, selects one." }, "function": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Python function (or variable) name of the @dsl.pipeline, when the module defines several." }, "dependsOn": { "type": "array", "items": { "$ref": "#/definitions/nonEmpty" }, "description": "Extra paths or globs whose change should re-check this pipeline." }, "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/parameterValue" }, "description": "Runtime parameter values (root inputs)." }, "vertex": { "$ref": "#/definitions/vertex" }, "decision": { "$ref": "#/definitions/decision" }, "gates": { "type": "array", "items": { "$ref": "#/definitions/gate" } }, "model": { "$ref": "#/definitions/model" }, "schedules": { "type": "array", "description": "Vertex AI schedules that run this pipeline on a cron; reconciled on merge by `kfp-action schedules`.", "items": { "$ref": "#/definitions/schedule" } } } }, "rfc3339": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "description": "An RFC 3339 time with its offset, e.g. 2027-01-01T00:00:00Z" }, "schedule": { "type": "object", "additionalProperties": false, "required": ["name", "cron"], "description": "A Vertex AI schedule of the pipeline.", "properties": { "name": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,62}$", "description": "Schedule name, unique within the pipeline: lowercase letters, digits and hyphens" }, "cron": { "$ref": "#/definitions/nonEmpty", "description": "Five-field unix cron: minute hour day-of-month month day-of-week, e.g. 0 3 * * 1" }, "timeZone": { "$ref": "#/definitions/nonEmpty", "description": "IANA time zone the cron is read in (default UTC), e.g. Europe/Berlin" }, "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/parameterValue" }, "description": "Parameter values over the pipeline's own parameters." }, "maxConcurrentRuns": { "type": "integer", "minimum": 1, "description": "At most this many runs at once (default 1)" }, "startTime": { "$ref": "#/definitions/rfc3339" }, "endTime": { "$ref": "#/definitions/rfc3339" }, "maxRunCount": { "type": "integer", "minimum": 1, "description": "The schedule completes after starting this many runs" }, "allowQueueing": { "type": "boolean", "description": "Queue a run instead of skipping it when maxConcurrentRuns are running" }, "catchUp": { "type": "boolean", "description": "On resume, start the runs missed while paused" }, "paused": { "type": "boolean", "description": "Keep the schedule but start no runs" } } }, "vertex": { "type": "object", "additionalProperties": false, "description": "Vertex AI Pipelines settings; a pipeline's own block overrides the top-level one key by key.", "properties": { "project": { "$ref": "#/definitions/nonEmpty", "description": "Google Cloud project id." }, "region": { "type": "string", "pattern": "^[a-z]+-[a-z]+[0-9]+$", "description": "Region, e.g. europe-west4." }, "pipelineRoot": { "type": "string", "pattern": "^gs://", "description": "runtimeConfig.gcsOutputDirectory, e.g. gs://bucket/pipeline-root." }, "serviceAccount": { "$ref": "#/definitions/nonEmpty" }, "network": { "type": "string", "pattern": "^projects/[^/]+/global/networks/[^/]+$" }, "kmsKey": { "$ref": "#/definitions/nonEmpty" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "enableCaching": { "type": "boolean" }, "failurePolicy": { "enum": ["fast", "slow"] }, "displayName": { "$ref": "#/definitions/nonEmpty" }, "templateRegistry": { "type": "string", "pattern": "^https://" }, "timeoutMinutes": { "type": "number", "exclusiveMinimum": 0 } } }, "decision": { "type": "object", "additionalProperties": false, "required": ["task", "output"], "description": "The pipeline's own deploy decision: an output parameter of a task.", "properties": { "task": { "$ref": "#/definitions/nonEmpty" }, "output": { "$ref": "#/definitions/nonEmpty" }, "deployValues": { "type": "array", "minItems": 1, "items": { "type": "string" } } } }, "gate": { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "$ref": "#/definitions/nonEmpty", "description": "Metric name as logged by the pipeline." }, "task": { "$ref": "#/definitions/nonEmpty" }, "min": { "type": "number" }, "max": { "type": "number" }, "maxRegression": { "type": "number", "minimum": 0 }, "higherIsBetter": { "type": "boolean" } } }, "model": { "type": "object", "additionalProperties": false, "required": ["task"], "properties": { "task": { "$ref": "#/definitions/nonEmpty" }, "artifact": { "$ref": "#/definitions/nonEmpty" }, "displayName": { "$ref": "#/definitions/nonEmpty" }, "servingContainer": { "$ref": "#/definitions/nonEmpty" } } }, "environment": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/definitions/nonEmpty", "description": "GitHub Environment name; also the Model Registry alias." }, "project": { "$ref": "#/definitions/nonEmpty" }, "region": { "type": "string", "pattern": "^[a-z]+-[a-z]+[0-9]+$" }, "endpoint": { "$ref": "#/definitions/nonEmpty" }, "machineType": { "$ref": "#/definitions/nonEmpty" }, "minReplicas": { "type": "integer", "minimum": 1 }, "maxReplicas": { "type": "integer", "minimum": 1 }, "trafficPercent": { "type": "integer", "minimum": 0, "maximum": 100 }, "undeployPrevious": { "type": "boolean" }, "serviceAccount": { "$ref": "#/definitions/nonEmpty" } } }, "policy": { "type": "object", "additionalProperties": false, "properties": { "imageLatestTag": { "$ref": "#/definitions/ruleLevel" }, "imageNotPinnedByDigest": { "$ref": "#/definitions/ruleLevel" }, "imageRegistryNotAllowed": { "$ref": "#/definitions/ruleLevel" }, "allowedRegistries": { "type": "array", "items": { "$ref": "#/definitions/nonEmpty" } }, "missingResourceLimits": { "$ref": "#/definitions/ruleLevel" }, "cachingDisabled": { "$ref": "#/definitions/ruleLevel" }, "parameterWithoutDefault": { "$ref": "#/definitions/ruleLevel" }, "tooManyTasks": { "$ref": "#/definitions/ruleLevel" }, "maxTasks": { "type": "integer", "minimum": 1 } } } } };
var schema12 = { "type": "object", "additionalProperties": false, "description": "Vertex AI Pipelines settings; a pipeline's own block overrides the top-level one key by key.", "properties": { "project": { "$ref": "#/definitions/nonEmpty", "description": "Google Cloud project id." }, "region": { "type": "string", "pattern": "^[a-z]+-[a-z]+[0-9]+$", "description": "Region, e.g. europe-west4." }, "pipelineRoot": { "type": "string", "pattern": "^gs://", "description": "runtimeConfig.gcsOutputDirectory, e.g. gs://bucket/pipeline-root." }, "serviceAccount": { "$ref": "#/definitions/nonEmpty" }, "network": { "type": "string", "pattern": "^projects/[^/]+/global/networks/[^/]+$" }, "kmsKey": { "$ref": "#/definitions/nonEmpty" }, "labels": { "type": "object", "additionalProperties": { "type": "string" } }, "enableCaching": { "type": "boolean" }, "failurePolicy": { "enum": ["fast", "slow"] }, "displayName": { "$ref": "#/definitions/nonEmpty" }, "templateRegistry": { "type": "string", "pattern": "^https://" }, "timeoutMinutes": { "type": "number", "exclusiveMinimum": 0 } } };
var schema13 = { "type": "string", "minLength": 1 };
var func2 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length.default.default;
var pattern0 = new RegExp("^[a-z]+-[a-z]+[0-9]+$", "u");
var pattern1 = new RegExp("^gs://", "u");
var pattern2 = new RegExp("^projects/[^/]+/global/networks/[^/]+$", "u");
var pattern3 = new RegExp("^https://", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.project !== void 0) {
      let data0 = data.project;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err1 = { instancePath: instancePath + "/project", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/project", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data1 = data.region;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err3 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]+-[a-z]+[0-9]+$" }, message: 'must match pattern "^[a-z]+-[a-z]+[0-9]+$"', schema: "^[a-z]+-[a-z]+[0-9]+$", parentSchema: schema12.properties.region, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.region.type, parentSchema: schema12.properties.region, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.pipelineRoot !== void 0) {
      let data2 = data.pipelineRoot;
      if (typeof data2 === "string") {
        if (!pattern1.test(data2)) {
          const err5 = { instancePath: instancePath + "/pipelineRoot", schemaPath: "#/properties/pipelineRoot/pattern", keyword: "pattern", params: { pattern: "^gs://" }, message: 'must match pattern "^gs://"', schema: "^gs://", parentSchema: schema12.properties.pipelineRoot, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/pipelineRoot", schemaPath: "#/properties/pipelineRoot/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.pipelineRoot.type, parentSchema: schema12.properties.pipelineRoot, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.serviceAccount !== void 0) {
      let data3 = data.serviceAccount;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err7 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data4 = data.network;
      if (typeof data4 === "string") {
        if (!pattern2.test(data4)) {
          const err9 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/pattern", keyword: "pattern", params: { pattern: "^projects/[^/]+/global/networks/[^/]+$" }, message: 'must match pattern "^projects/[^/]+/global/networks/[^/]+$"', schema: "^projects/[^/]+/global/networks/[^/]+$", parentSchema: schema12.properties.network, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.network.type, parentSchema: schema12.properties.network, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.kmsKey !== void 0) {
      let data5 = data.kmsKey;
      if (typeof data5 === "string") {
        if (func3(data5) < 1) {
          const err11 = { instancePath: instancePath + "/kmsKey", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/kmsKey", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data6 = data.labels;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          let data7 = data6[key1];
          if (typeof data7 !== "string") {
            const err13 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.labels.additionalProperties.type, parentSchema: schema12.properties.labels.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.labels.type, parentSchema: schema12.properties.labels, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.enableCaching !== void 0) {
      let data8 = data.enableCaching;
      if (typeof data8 !== "boolean") {
        const err15 = { instancePath: instancePath + "/enableCaching", schemaPath: "#/properties/enableCaching/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.enableCaching.type, parentSchema: schema12.properties.enableCaching, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.failurePolicy !== void 0) {
      let data9 = data.failurePolicy;
      if (!(data9 === "fast" || data9 === "slow")) {
        const err16 = { instancePath: instancePath + "/failurePolicy", schemaPath: "#/properties/failurePolicy/enum", keyword: "enum", params: { allowedValues: schema12.properties.failurePolicy.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.failurePolicy.enum, parentSchema: schema12.properties.failurePolicy, data: data9 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.displayName !== void 0) {
      let data10 = data.displayName;
      if (typeof data10 === "string") {
        if (func3(data10) < 1) {
          const err17 = { instancePath: instancePath + "/displayName", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data10 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/displayName", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data10 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.templateRegistry !== void 0) {
      let data11 = data.templateRegistry;
      if (typeof data11 === "string") {
        if (!pattern3.test(data11)) {
          const err19 = { instancePath: instancePath + "/templateRegistry", schemaPath: "#/properties/templateRegistry/pattern", keyword: "pattern", params: { pattern: "^https://" }, message: 'must match pattern "^https://"', schema: "^https://", parentSchema: schema12.properties.templateRegistry, data: data11 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/templateRegistry", schemaPath: "#/properties/templateRegistry/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.templateRegistry.type, parentSchema: schema12.properties.templateRegistry, data: data11 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.timeoutMinutes !== void 0) {
      let data12 = data.timeoutMinutes;
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 <= 0 || isNaN(data12)) {
          const err21 = { instancePath: instancePath + "/timeoutMinutes", schemaPath: "#/properties/timeoutMinutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema12.properties.timeoutMinutes, data: data12 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/timeoutMinutes", schemaPath: "#/properties/timeoutMinutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema12.properties.timeoutMinutes.type, parentSchema: schema12.properties.timeoutMinutes, data: data12 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema17 = { "type": "object", "additionalProperties": false, "properties": { "imageLatestTag": { "$ref": "#/definitions/ruleLevel" }, "imageNotPinnedByDigest": { "$ref": "#/definitions/ruleLevel" }, "imageRegistryNotAllowed": { "$ref": "#/definitions/ruleLevel" }, "allowedRegistries": { "type": "array", "items": { "$ref": "#/definitions/nonEmpty" } }, "missingResourceLimits": { "$ref": "#/definitions/ruleLevel" }, "cachingDisabled": { "$ref": "#/definitions/ruleLevel" }, "parameterWithoutDefault": { "$ref": "#/definitions/ruleLevel" }, "tooManyTasks": { "$ref": "#/definitions/ruleLevel" }, "maxTasks": { "type": "integer", "minimum": 1 } } };
var schema18 = { "enum": ["off", "warning", "error"] };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema17.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.imageLatestTag !== void 0) {
      let data0 = data.imageLatestTag;
      if (!(data0 === "off" || data0 === "warning" || data0 === "error")) {
        const err1 = { instancePath: instancePath + "/imageLatestTag", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.imageNotPinnedByDigest !== void 0) {
      let data1 = data.imageNotPinnedByDigest;
      if (!(data1 === "off" || data1 === "warning" || data1 === "error")) {
        const err2 = { instancePath: instancePath + "/imageNotPinnedByDigest", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.imageRegistryNotAllowed !== void 0) {
      let data2 = data.imageRegistryNotAllowed;
      if (!(data2 === "off" || data2 === "warning" || data2 === "error")) {
        const err3 = { instancePath: instancePath + "/imageRegistryNotAllowed", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.allowedRegistries !== void 0) {
      let data3 = data.allowedRegistries;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err4 = { instancePath: instancePath + "/allowedRegistries/" + i0, schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data4 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/allowedRegistries/" + i0, schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/allowedRegistries", schemaPath: "#/properties/allowedRegistries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.allowedRegistries.type, parentSchema: schema17.properties.allowedRegistries, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.missingResourceLimits !== void 0) {
      let data5 = data.missingResourceLimits;
      if (!(data5 === "off" || data5 === "warning" || data5 === "error")) {
        const err7 = { instancePath: instancePath + "/missingResourceLimits", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.cachingDisabled !== void 0) {
      let data6 = data.cachingDisabled;
      if (!(data6 === "off" || data6 === "warning" || data6 === "error")) {
        const err8 = { instancePath: instancePath + "/cachingDisabled", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.parameterWithoutDefault !== void 0) {
      let data7 = data.parameterWithoutDefault;
      if (!(data7 === "off" || data7 === "warning" || data7 === "error")) {
        const err9 = { instancePath: instancePath + "/parameterWithoutDefault", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data7 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.tooManyTasks !== void 0) {
      let data8 = data.tooManyTasks;
      if (!(data8 === "off" || data8 === "warning" || data8 === "error")) {
        const err10 = { instancePath: instancePath + "/tooManyTasks", schemaPath: "#/definitions/ruleLevel/enum", keyword: "enum", params: { allowedValues: schema18.enum }, message: "must be equal to one of the allowed values", schema: schema18.enum, parentSchema: schema18, data: data8 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.maxTasks !== void 0) {
      let data9 = data.maxTasks;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err11 = { instancePath: instancePath + "/maxTasks", schemaPath: "#/properties/maxTasks/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.maxTasks.type, parentSchema: schema17.properties.maxTasks, data: data9 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 1 || isNaN(data9)) {
          const err12 = { instancePath: instancePath + "/maxTasks", schemaPath: "#/properties/maxTasks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17.properties.maxTasks, data: data9 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema26 = { "type": "object", "additionalProperties": false, "required": ["source"], "properties": { "source": { "$ref": "#/definitions/nonEmpty", "description": "Path or glob, relative to this file, of Python pipeline modules or compiled IR (.yaml/.json)." }, "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,127}$", "description": "pipelineInfo.name this entry configures; with several pipelines in a module, selects one." }, "function": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "description": "Python function (or variable) name of the @dsl.pipeline, when the module defines several." }, "dependsOn": { "type": "array", "items": { "$ref": "#/definitions/nonEmpty" }, "description": "Extra paths or globs whose change should re-check this pipeline." }, "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/parameterValue" }, "description": "Runtime parameter values (root inputs)." }, "vertex": { "$ref": "#/definitions/vertex" }, "decision": { "$ref": "#/definitions/decision" }, "gates": { "type": "array", "items": { "$ref": "#/definitions/gate" } }, "model": { "$ref": "#/definitions/model" }, "schedules": { "type": "array", "description": "Vertex AI schedules that run this pipeline on a cron; reconciled on merge by `kfp-action schedules`.", "items": { "$ref": "#/definitions/schedule" } } } };
var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,127}$", "u");
var pattern5 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema30 = { "type": "object", "additionalProperties": false, "required": ["task", "output"], "description": "The pipeline's own deploy decision: an output parameter of a task.", "properties": { "task": { "$ref": "#/definitions/nonEmpty" }, "output": { "$ref": "#/definitions/nonEmpty" }, "deployValues": { "type": "array", "minItems": 1, "items": { "type": "string" } } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.task === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.output === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema30.required, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "task" || key0 === "output" || key0 === "deployValues")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data0 = data.task;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err3 = { instancePath: instancePath + "/task", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/task", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      let data1 = data.output;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.deployValues !== void 0) {
      let data2 = data.deployValues;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err7 = { instancePath: instancePath + "/deployValues", schemaPath: "#/properties/deployValues/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema30.properties.deployValues, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath + "/deployValues/" + i0, schemaPath: "#/properties/deployValues/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.deployValues.items.type, parentSchema: schema30.properties.deployValues.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/deployValues", schemaPath: "#/properties/deployValues/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.deployValues.type, parentSchema: schema30.properties.deployValues, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate17.errors = vErrors;
  return errors === 0;
}
var schema33 = { "type": "object", "additionalProperties": false, "required": ["metric"], "properties": { "metric": { "$ref": "#/definitions/nonEmpty", "description": "Metric name as logged by the pipeline." }, "task": { "$ref": "#/definitions/nonEmpty" }, "min": { "type": "number" }, "max": { "type": "number" }, "maxRegression": { "type": "number", "minimum": 0 }, "higherIsBetter": { "type": "boolean" } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.metric === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema33.required, parentSchema: schema33, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "metric" || key0 === "task" || key0 === "min" || key0 === "max" || key0 === "maxRegression" || key0 === "higherIsBetter")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.metric !== void 0) {
      let data0 = data.metric;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/metric", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/metric", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data1 = data.task;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/task", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/task", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data2 = data.min;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err6 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.min.type, parentSchema: schema33.properties.min, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data3 = data.max;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err7 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.max.type, parentSchema: schema33.properties.max, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.maxRegression !== void 0) {
      let data4 = data.maxRegression;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err8 = { instancePath: instancePath + "/maxRegression", schemaPath: "#/properties/maxRegression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema33.properties.maxRegression, data: data4 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/maxRegression", schemaPath: "#/properties/maxRegression/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.maxRegression.type, parentSchema: schema33.properties.maxRegression, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.higherIsBetter !== void 0) {
      let data5 = data.higherIsBetter;
      if (typeof data5 !== "boolean") {
        const err10 = { instancePath: instancePath + "/higherIsBetter", schemaPath: "#/properties/higherIsBetter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema33.properties.higherIsBetter.type, parentSchema: schema33.properties.higherIsBetter, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema36 = { "type": "object", "additionalProperties": false, "required": ["task"], "properties": { "task": { "$ref": "#/definitions/nonEmpty" }, "artifact": { "$ref": "#/definitions/nonEmpty" }, "displayName": { "$ref": "#/definitions/nonEmpty" }, "servingContainer": { "$ref": "#/definitions/nonEmpty" } } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.task === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "task" || key0 === "artifact" || key0 === "displayName" || key0 === "servingContainer")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data0 = data.task;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/task", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/task", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/artifact", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/artifact", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.displayName !== void 0) {
      let data2 = data.displayName;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err6 = { instancePath: instancePath + "/displayName", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/displayName", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.servingContainer !== void 0) {
      let data3 = data.servingContainer;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err8 = { instancePath: instancePath + "/servingContainer", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/servingContainer", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema41 = { "type": "object", "additionalProperties": false, "required": ["name", "cron"], "description": "A Vertex AI schedule of the pipeline.", "properties": { "name": { "type": "string", "pattern": "^[a-z][a-z0-9-]{0,62}$", "description": "Schedule name, unique within the pipeline: lowercase letters, digits and hyphens" }, "cron": { "$ref": "#/definitions/nonEmpty", "description": "Five-field unix cron: minute hour day-of-month month day-of-week, e.g. 0 3 * * 1" }, "timeZone": { "$ref": "#/definitions/nonEmpty", "description": "IANA time zone the cron is read in (default UTC), e.g. Europe/Berlin" }, "parameters": { "type": "object", "additionalProperties": { "$ref": "#/definitions/parameterValue" }, "description": "Parameter values over the pipeline's own parameters." }, "maxConcurrentRuns": { "type": "integer", "minimum": 1, "description": "At most this many runs at once (default 1)" }, "startTime": { "$ref": "#/definitions/rfc3339" }, "endTime": { "$ref": "#/definitions/rfc3339" }, "maxRunCount": { "type": "integer", "minimum": 1, "description": "The schedule completes after starting this many runs" }, "allowQueueing": { "type": "boolean", "description": "Queue a run instead of skipping it when maxConcurrentRuns are running" }, "catchUp": { "type": "boolean", "description": "On resume, start the runs missed while paused" }, "paused": { "type": "boolean", "description": "Keep the schedule but start no runs" } } };
var schema45 = { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "description": "An RFC 3339 time with its offset, e.g. 2027-01-01T00:00:00Z" };
var pattern6 = new RegExp("^[a-z][a-z0-9-]{0,62}$", "u");
var pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.cron === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cron" }, message: "must have required property 'cron'", schema: schema41.required, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema41.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,62}$"', schema: "^[a-z][a-z0-9-]{0,62}$", parentSchema: schema41.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.name.type, parentSchema: schema41.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.cron !== void 0) {
      let data1 = data.cron;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err5 = { instancePath: instancePath + "/cron", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/cron", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.timeZone !== void 0) {
      let data2 = data.timeZone;
      if (typeof data2 === "string") {
        if (func3(data2) < 1) {
          const err7 = { instancePath: instancePath + "/timeZone", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/timeZone", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data3 = data.parameters;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
      } else {
        const err9 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.parameters.type, parentSchema: schema41.properties.parameters, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.maxConcurrentRuns !== void 0) {
      let data5 = data.maxConcurrentRuns;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err10 = { instancePath: instancePath + "/maxConcurrentRuns", schemaPath: "#/properties/maxConcurrentRuns/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.maxConcurrentRuns.type, parentSchema: schema41.properties.maxConcurrentRuns, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err11 = { instancePath: instancePath + "/maxConcurrentRuns", schemaPath: "#/properties/maxConcurrentRuns/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.maxConcurrentRuns, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.startTime !== void 0) {
      let data6 = data.startTime;
      if (typeof data6 === "string") {
        if (!pattern7.test(data6)) {
          const err12 = { instancePath: instancePath + "/startTime", schemaPath: "#/definitions/rfc3339/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema45, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/startTime", schemaPath: "#/definitions/rfc3339/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.endTime !== void 0) {
      let data7 = data.endTime;
      if (typeof data7 === "string") {
        if (!pattern7.test(data7)) {
          const err14 = { instancePath: instancePath + "/endTime", schemaPath: "#/definitions/rfc3339/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"', schema: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$", parentSchema: schema45, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/endTime", schemaPath: "#/definitions/rfc3339/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.maxRunCount !== void 0) {
      let data8 = data.maxRunCount;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err16 = { instancePath: instancePath + "/maxRunCount", schemaPath: "#/properties/maxRunCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties.maxRunCount.type, parentSchema: schema41.properties.maxRunCount, data: data8 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 1 || isNaN(data8)) {
          const err17 = { instancePath: instancePath + "/maxRunCount", schemaPath: "#/properties/maxRunCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties.maxRunCount, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.allowQueueing !== void 0) {
      let data9 = data.allowQueueing;
      if (typeof data9 !== "boolean") {
        const err18 = { instancePath: instancePath + "/allowQueueing", schemaPath: "#/properties/allowQueueing/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.allowQueueing.type, parentSchema: schema41.properties.allowQueueing, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.catchUp !== void 0) {
      let data10 = data.catchUp;
      if (typeof data10 !== "boolean") {
        const err19 = { instancePath: instancePath + "/catchUp", schemaPath: "#/properties/catchUp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.catchUp.type, parentSchema: schema41.properties.catchUp, data: data10 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.paused !== void 0) {
      let data11 = data.paused;
      if (typeof data11 !== "boolean") {
        const err20 = { instancePath: instancePath + "/paused", schemaPath: "#/properties/paused/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema41.properties.paused.type, parentSchema: schema41.properties.paused, data: data11 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.source === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema26.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data0 = data.source;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/source", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,127}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,127}$"', schema: "^[a-z0-9][a-z0-9-]{0,127}$", parentSchema: schema26.properties.name, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.name.type, parentSchema: schema26.properties.name, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.function !== void 0) {
      let data2 = data.function;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err6 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema26.properties.function, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.function.type, parentSchema: schema26.properties.function, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.dependsOn !== void 0) {
      let data3 = data.dependsOn;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err8 = { instancePath: instancePath + "/dependsOn/" + i0, schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/dependsOn/" + i0, schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.dependsOn.type, parentSchema: schema26.properties.dependsOn, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data5 = data.parameters;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
      } else {
        const err11 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.parameters.type, parentSchema: schema26.properties.parameters, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.vertex !== void 0) {
      if (!validate11(data.vertex, { instancePath: instancePath + "/vertex", parentData: data, parentDataProperty: "vertex", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.decision !== void 0) {
      if (!validate17(data.decision, { instancePath: instancePath + "/decision", parentData: data, parentDataProperty: "decision", rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
    if (data.gates !== void 0) {
      let data9 = data.gates;
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate19(data9[i1], { instancePath: instancePath + "/gates/" + i1, parentData: data9, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/gates", schemaPath: "#/properties/gates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.gates.type, parentSchema: schema26.properties.gates, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (!validate21(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.schedules !== void 0) {
      let data12 = data.schedules;
      if (Array.isArray(data12)) {
        const len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate23(data12[i2], { instancePath: instancePath + "/schedules/" + i2, parentData: data12, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/schedules", schemaPath: "#/properties/schedules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.schedules.type, parentSchema: schema26.properties.schedules, data: data12 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema47 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/definitions/nonEmpty", "description": "GitHub Environment name; also the Model Registry alias." }, "project": { "$ref": "#/definitions/nonEmpty" }, "region": { "type": "string", "pattern": "^[a-z]+-[a-z]+[0-9]+$" }, "endpoint": { "$ref": "#/definitions/nonEmpty" }, "machineType": { "$ref": "#/definitions/nonEmpty" }, "minReplicas": { "type": "integer", "minimum": 1 }, "maxReplicas": { "type": "integer", "minimum": 1 }, "trafficPercent": { "type": "integer", "minimum": 0, "maximum": 100 }, "undeployPrevious": { "type": "boolean" }, "serviceAccount": { "$ref": "#/definitions/nonEmpty" } } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema47.required, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema47.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.project !== void 0) {
      let data1 = data.project;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err4 = { instancePath: instancePath + "/project", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/project", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data2 = data.region;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err6 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]+-[a-z]+[0-9]+$" }, message: 'must match pattern "^[a-z]+-[a-z]+[0-9]+$"', schema: "^[a-z]+-[a-z]+[0-9]+$", parentSchema: schema47.properties.region, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties.region.type, parentSchema: schema47.properties.region, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data3 = data.endpoint;
      if (typeof data3 === "string") {
        if (func3(data3) < 1) {
          const err8 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/endpoint", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.machineType !== void 0) {
      let data4 = data.machineType;
      if (typeof data4 === "string") {
        if (func3(data4) < 1) {
          const err10 = { instancePath: instancePath + "/machineType", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/machineType", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.minReplicas !== void 0) {
      let data5 = data.minReplicas;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err12 = { instancePath: instancePath + "/minReplicas", schemaPath: "#/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.minReplicas.type, parentSchema: schema47.properties.minReplicas, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 1 || isNaN(data5)) {
          const err13 = { instancePath: instancePath + "/minReplicas", schemaPath: "#/properties/minReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema47.properties.minReplicas, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.maxReplicas !== void 0) {
      let data6 = data.maxReplicas;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err14 = { instancePath: instancePath + "/maxReplicas", schemaPath: "#/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.maxReplicas.type, parentSchema: schema47.properties.maxReplicas, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/maxReplicas", schemaPath: "#/properties/maxReplicas/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema47.properties.maxReplicas, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.trafficPercent !== void 0) {
      let data7 = data.trafficPercent;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err16 = { instancePath: instancePath + "/trafficPercent", schemaPath: "#/properties/trafficPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.properties.trafficPercent.type, parentSchema: schema47.properties.trafficPercent, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 100 || isNaN(data7)) {
          const err17 = { instancePath: instancePath + "/trafficPercent", schemaPath: "#/properties/trafficPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema47.properties.trafficPercent, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/trafficPercent", schemaPath: "#/properties/trafficPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47.properties.trafficPercent, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.undeployPrevious !== void 0) {
      let data8 = data.undeployPrevious;
      if (typeof data8 !== "boolean") {
        const err19 = { instancePath: instancePath + "/undeployPrevious", schemaPath: "#/properties/undeployPrevious/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema47.properties.undeployPrevious.type, parentSchema: schema47.properties.undeployPrevious, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.serviceAccount !== void 0) {
      let data9 = data.serviceAccount;
      if (typeof data9 === "string") {
        if (func3(data9) < 1) {
          const err20 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data9 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pipelines === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pipelines" }, message: "must have required property 'pipelines'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "vertex" || key0 === "policy" || key0 === "pipelines" || key0 === "environments")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.$schema.type, parentSchema: schema11.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (1 !== data1) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.vertex !== void 0) {
      if (!validate11(data.vertex, { instancePath: instancePath + "/vertex", parentData: data, parentDataProperty: "vertex", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.policy !== void 0) {
      if (!validate13(data.policy, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.pipelines !== void 0) {
      let data4 = data.pipelines;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err5 = { instancePath: instancePath + "/pipelines", schemaPath: "#/properties/pipelines/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.pipelines, data: data4 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate15(data4[i0], { instancePath: instancePath + "/pipelines/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/pipelines", schemaPath: "#/properties/pipelines/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.pipelines.type, parentSchema: schema11.properties.pipelines, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data6 = data.environments;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate26(data6[i1], { instancePath: instancePath + "/environments/" + i1, parentData: data6, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data6 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function configValidator() {
  return config;
}

// src/core/config/schema.ts
function schemaErrors(value) {
  const validate = configValidator();
  return validate(value) ? [] : [...validate.errors ?? []];
}

// src/core/config/load.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
function displayPath(path) {
  let out = "";
  for (const step of path) out += typeof step === "number" ? `[${step}]` : out ? `.${step}` : step;
  return out || "the file";
}
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
function suggestKey(key, allowed) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== void 0 && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : void 0;
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function schemaMessage(e, where) {
  const parent = e.parentSchema;
  const about = parent?.description ? ` (${parent.description.replace(/\.$/, "")})` : "";
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {}).filter((k) => k !== "$schema");
      const close = suggestKey(key, allowed);
      const hint = close ? `did you mean "${close}"?` : `allowed keys: ${allowed.join(", ")}`;
      const inside = where === "the file" ? "at the top level" : `in ${where}`;
      return { code: "config/unknown-key", message: `unknown key "${key}" ${inside}; ${hint}` };
    }
    case "required": {
      const key = String(e.params.missingProperty);
      return { code: "config/missing-key", message: `${where} needs the key "${key}"` };
    }
    case "type": {
      const type = String(e.params.type);
      return {
        code: "config/bad-value",
        message: `${where} must be ${article(type.replace(",", " or "))}, got ${show(e.data)}${about}`
      };
    }
    case "enum": {
      const values = e.params.allowedValues.map(show).join(", ");
      return {
        code: "config/bad-value",
        message: `${where} must be one of ${values}, got ${show(e.data)}`
      };
    }
    case "const": {
      const value = show(e.params.allowedValue);
      return {
        code: "config/bad-value",
        message: `${where} must be ${value}, got ${show(e.data)}`
      };
    }
    case "pattern":
      return {
        code: "config/bad-value",
        message: `${where} is ${show(e.data)}, which does not match ${e.params.pattern}${about}`
      };
    default:
      return {
        code: "config/bad-value",
        message: `${where} ${e.message ?? "is not valid"}, got ${show(e.data)}${about}`
      };
  }
}
function tooLarge(bytes, file) {
  return {
    code: "config/too-large",
    severity: "error",
    message: `the config file is ${bytes} bytes, more than the ${MAX_CONFIG_BYTES} a config file can plausibly be; is this the right file?`,
    file,
    line: 1,
    column: 1
  };
}
function loadConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const pos = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const fail = (code, message, at = { line: 1, column: 1 }) => ({
    diagnostics: [{ code, severity: "error", message, file, ...at }],
    locate: () => ({ line: 1, column: 1 })
  });
  if (text.length > MAX_CONFIG_BYTES)
    return { diagnostics: [tooLarge(text.length, file)], locate: () => ({ line: 1, column: 1 }) };
  if (text.includes("\0"))
    return fail("config/not-yaml", "the config file is binary, not YAML");
  if (text.trim() === "") {
    return fail(
      "config/empty",
      "the config file is empty; it needs at least `version: 1` and `pipelines:`"
    );
  }
  const deepAt = scanYamlDepth(text);
  if (deepAt !== void 0) {
    return fail(
      "config/too-deep",
      `lists or mappings are nested more than ${MAX_DEPTH} deep here; a config file never is, so it was not parsed`,
      offsetPosition(text, deepAt)
    );
  }
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const locate = (path, part = "key") => {
    const { found } = findYamlNode(doc.contents, path);
    const node = part === "key" ? found.key ?? found.value : found.value ?? found.key;
    return pos(node?.range?.[0]);
  };
  const first = doc.errors[0];
  if (first) {
    const message = first.message.split("\n")[0] ?? first.message;
    return fail("config/yaml-syntax", `YAML syntax error: ${message}`, pos(first.pos[0]));
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return fail(
      "config/yaml-syntax",
      `YAML could not be resolved: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (value === null || value === void 0) {
    return fail(
      "config/empty",
      "the config file has no content; it needs at least `version: 1` and `pipelines:`"
    );
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    return fail(
      "config/not-a-mapping",
      `the config file must be a mapping with \`version: 1\` and \`pipelines:\`, got ${Array.isArray(value) ? "a list" : show(value)}`,
      pos(doc.contents?.range?.[0])
    );
  }
  const diagnostics = [];
  for (const e of schemaErrors(value)) {
    const path = pointerToPath(e.instancePath);
    const { code, message } = schemaMessage(e, displayPath(path));
    let at;
    if (e.keyword === "additionalProperties") {
      at = locate([
        ...path,
        String(e.params.additionalProperty)
      ]);
    } else {
      const { found } = findYamlNode(doc.contents, path);
      at = pos(
        (e.keyword === "required" ? found.key ?? found.value : found.value ?? found.key)?.range?.[0]
      );
    }
    diagnostics.push({ code, severity: "error", message, file, ...at, path: displayPath(path) });
  }
  const unique = diagnostics.filter(
    (d, i) => diagnostics.findIndex(
      (o) => o.message === d.message && o.line === d.line && o.column === d.column
    ) === i
  );
  if (unique.length > 0) {
    unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { diagnostics: unique, locate };
  }
  const config2 = value;
  const semantic = semanticChecks(config2).map((s) => ({
    ...s,
    file,
    ...locate(s.at),
    path: displayPath(s.at)
  }));
  const hasError = semantic.some((d) => d.severity === "error");
  return { ...hasError ? {} : { config: config2 }, diagnostics: semantic, locate };
}

export {
  MAX_CONFIG_BYTES,
  tooLarge,
  loadConfig
};
