import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  GrpcModelRegistry,
  GrpcPipelineService,
  POLL_SCHEDULE,
  RETRY_SCHEDULE,
  RetryBudget,
  delayMs,
  fixedSchedule,
  waitContext
} from "./chunk-GPDLBV57.js";
import "./chunk-7EIHUDRQ.js";
import "./chunk-OZW57QZC.js";
import "./chunk-S2TBE2LR.js";
import "./chunk-KLBRCOXK.js";
import {
  describeError
} from "./chunk-273WABBP.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";
import "./chunk-JMGSRPFI.js";

// src/adapters/vertex/template-registry.ts
function checkRegistryUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = void 0;
  }
  if (!parsed || parsed.protocol !== "https:") {
    throw new UserError(
      `vertex.templateRegistry is "${url}"; expected https://{region}-kfp.pkg.dev/{project}/{repository} (code vertex/template-upload)`
    );
  }
  return parsed;
}
var HttpTemplateRegistry = class {
  constructor(fetch2, token, emulatorHost) {
    this.fetch = fetch2;
    this.token = token;
    this.emulatorHost = emulatorHost;
  }
  fetch;
  token;
  emulatorHost;
  async upload(upload) {
    const url = checkRegistryUrl(upload.registryUrl);
    const base = url.toString().replace(/\/+$/, "");
    const target = this.emulatorHost ? `http://${this.emulatorHost}${url.pathname.replace(/\/+$/, "")}` : base;
    const form = new FormData();
    form.append(
      "content",
      new Blob([upload.content], { type: "application/x-yaml" }),
      `${upload.packageName}.yaml`
    );
    if (upload.tags.length > 0) form.append("tags", upload.tags.join(","));
    const headers = {};
    const token = this.emulatorHost ? void 0 : await this.token();
    if (token) headers.authorization = `Bearer ${token}`;
    let response;
    try {
      response = await this.fetch(target, { method: "POST", body: form, headers });
    } catch (error) {
      throw new UserError(
        `could not upload the template to ${base}: ${error.message} (code vertex/template-upload)`
      );
    }
    const text = (await response.text()).trim();
    if (!response.ok) {
      const hint = response.status === 403 || response.status === 401 ? " \u2014 the service account needs roles/artifactregistry.writer on the repository" : response.status === 404 ? " \u2014 check that the KFP repository exists (format: Kubeflow Pipelines) and the URL" : "";
      throw new UserError(
        `could not upload the template to ${base}: HTTP ${response.status} ${text.slice(0, 300)}${hint} (code vertex/template-upload)`
      );
    }
    const match = /^([a-z0-9][-a-z0-9_.]*)\/(sha256:[0-9a-f]{64})$/i.exec(text);
    if (!match) {
      throw new UserError(
        `the template registry at ${base} answered "${text.slice(0, 200)}", not "{package}/sha256:{digest}" (code vertex/template-upload)`
      );
    }
    return { templateUri: `${base}/${match[1]}/${match[2]}`, version: match[2] };
  }
};
function adcTokenSource() {
  return async () => {
    const { GoogleAuth } = await import("./src-MOBNZ2RH.js");
    const auth = new GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] });
    const token = await auth.getAccessToken();
    return token ?? void 0;
  };
}

// src/adapters/vertex/index.ts
function pollIntervalFromEnv(env) {
  const raw = env.KFP_ACTION_POLL_INTERVAL_MS;
  if (raw === void 0 || raw.trim() === "") return void 0;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms < 0) {
    throw new UserError(
      `KFP_ACTION_POLL_INTERVAL_MS must be a number of milliseconds, got "${raw}"`
    );
  }
  return ms;
}
function createVertexClients(region, env, logger) {
  const emulatorHost = env.AIPLATFORM_EMULATOR_HOST?.trim() || void 0;
  const pollIntervalMs = pollIntervalFromEnv(env);
  const target = { region, ...emulatorHost ? { emulatorHost } : {} };
  const retry = {
    budget: new RetryBudget(),
    schedule: pollIntervalMs !== void 0 ? fixedSchedule(pollIntervalMs) : RETRY_SCHEDULE,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
    logger
  };
  if (emulatorHost)
    logger.info(`AIPLATFORM_EMULATOR_HOST is set: using ${emulatorHost} without credentials`);
  const pipelines = new GrpcPipelineService(target, retry, logger);
  const registries = /* @__PURE__ */ new Map();
  const registryFor = (location) => {
    const key = `${location.project}/${location.region}`;
    let registry = registries.get(key);
    if (!registry) {
      const context = waitContext({ env, logger, operationTimeoutMs: 6e4 });
      registry = new GrpcModelRegistry({ ...target, region: location.region }, location, context);
      registries.set(key, registry);
    }
    return registry;
  };
  const tryReadBaseline = async (location, name, alias) => {
    try {
      return await registryFor(location).tryReadBaseline(location, name, alias);
    } catch (error) {
      return {
        found: false,
        reason: `could not read it: ${describeError(error).message.split("\n")[0]}`
      };
    }
  };
  const closeRegistries = async () => {
    await Promise.all([...registries.values()].map((r) => r.close()));
  };
  const registryEmulator = env.ARTIFACT_REGISTRY_EMULATOR_HOST?.trim() || void 0;
  const templates = new HttpTemplateRegistry(
    (url, init) => fetch(url, init),
    emulatorHost ? async () => void 0 : adcTokenSource(),
    registryEmulator
  );
  const poll = pollIntervalMs !== void 0 ? fixedSchedule(pollIntervalMs) : POLL_SCHEDULE;
  return {
    pipelines,
    models: { tryReadBaseline, close: closeRegistries },
    templates,
    pollDelayMs: (attempt) => delayMs(poll, attempt, Math.random()),
    close: async () => {
      await pipelines.close();
      await closeRegistries();
    }
  };
}
export {
  createVertexClients
};
