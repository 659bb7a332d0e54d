import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import "./chunk-JMGSRPFI.js";

// src/adapters/oidc/github-oidc.ts
var OIDC_AUDIENCE = "kfp-action";
function claims(jwt) {
  const payload = jwt.split(".")[1];
  if (!payload) return void 0;
  try {
    const json = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof json === "object" && json !== null ? json : void 0;
  } catch {
    return void 0;
  }
}
async function readOidcEnvironment(env, fetchFn = fetch) {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !token) {
    return {
      kind: "unavailable",
      reason: env.GITHUB_ACTIONS === "true" ? "the job has no OIDC token (add `permissions: id-token: write` to the job)" : "not running in GitHub Actions, so there is no OIDC token to read the environment from"
    };
  }
  const separator = url.includes("?") ? "&" : "?";
  try {
    const response = await fetchFn(
      `${url}${separator}audience=${encodeURIComponent(OIDC_AUDIENCE)}`,
      {
        headers: { Authorization: `Bearer ${token}`, Accept: "application/json" }
      }
    );
    if (!response.ok) {
      return {
        kind: "unavailable",
        reason: `the runner's token service answered HTTP ${response.status}`
      };
    }
    const body = await response.json();
    const decoded = typeof body.value === "string" ? claims(body.value) : void 0;
    if (!decoded) return { kind: "unavailable", reason: "the OIDC token could not be decoded" };
    const environment = typeof decoded.environment === "string" ? decoded.environment : void 0;
    const subject = typeof decoded.sub === "string" ? decoded.sub : void 0;
    return { kind: "token", environment, ...subject ? { subject } : {} };
  } catch (error) {
    return {
      kind: "unavailable",
      reason: `the runner's token service could not be reached (${error.message})`
    };
  }
}
export {
  readOidcEnvironment
};
