import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/spec/parameters.ts
var TYPE_WORD = {
  NUMBER_INTEGER: "an integer",
  NUMBER_DOUBLE: "a number",
  STRING: "a string",
  BOOLEAN: "true or false",
  LIST: "a list",
  STRUCT: "an object"
};
function show(value) {
  const s = typeof value === "number" && !Number.isFinite(value) ? String(value) : JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}\u2026` : s;
}
function nonFinite(value, at = "") {
  if (typeof value === "number") return Number.isFinite(value) ? void 0 : { at, value };
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nonFinite(v, `${at}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = nonFinite(v, `${at}.${k}`);
      if (found) return found;
    }
  }
  return void 0;
}
var MAX_SAFE = Number.MAX_SAFE_INTEGER;
function parseParameterJson(text) {
  const bad = [];
  const reviver = (_key, v, context) => {
    const source = context?.source;
    if (typeof v === "number" && source !== void 0) {
      if (!Number.isFinite(v))
        bad.push(`${source} is too large for a number (it would become null)`);
      else if (/^-?\d+$/.test(source) && !Number.isSafeInteger(v))
        bad.push(
          `${source} is an integer beyond \xB1${MAX_SAFE} (2^53 \u2212 1): it would be rounded to ${v}; pass it as a string`
        );
    }
    return v;
  };
  const value = JSON.parse(text, reviver);
  if (bad.length) throw new Error(bad.join("; "));
  return value;
}
function coerceParameter(type, value) {
  switch (type) {
    case "NUMBER_INTEGER": {
      const n = typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
      return typeof n === "number" && Number.isInteger(n) ? n : void 0;
    }
    case "NUMBER_DOUBLE": {
      const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
      return typeof n === "number" && Number.isFinite(n) ? n : void 0;
    }
    case "BOOLEAN":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      return void 0;
    case "STRING":
      return typeof value === "string" ? value : void 0;
    case "LIST":
      return Array.isArray(value) ? value : void 0;
    case "STRUCT":
      return value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
    default:
      return value;
  }
}
function checkParameters(spec, given, source) {
  const declared = spec.root?.inputDefinitions?.parameters ?? {};
  const names = Object.keys(declared);
  const diagnostics = [];
  const error = (code, message, path) => diagnostics.push({
    code,
    severity: "error",
    message: `${message} (values from ${source})`,
    path
  });
  const has = (o, name) => Object.prototype.hasOwnProperty.call(o, name);
  const values = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(given)) {
    const decl = has(declared, name) ? declared[name] : void 0;
    const path = `root.inputDefinitions.parameters.${name}`;
    if (!decl) {
      error(
        "parameter/unknown",
        `parameter "${name}" is not an input of pipeline ${spec.pipelineInfo?.name ?? ""}; its inputs are: ${names.join(", ") || "(none)"}`,
        path
      );
      continue;
    }
    const infinite = nonFinite(value);
    if (infinite) {
      error(
        "parameter/not-finite",
        `parameter "${name}" ${infinite.at ? `holds ${infinite.value} at ${infinite.at}` : `is ${infinite.value}`}: JSON, and so Vertex AI, cannot carry NaN or Infinity (it would become null); use a finite number`,
        path
      );
      continue;
    }
    const typed = coerceParameter(decl.parameterType, value);
    if (decl.parameterType === "NUMBER_INTEGER" && typeof typed === "number" && !Number.isSafeInteger(typed)) {
      error(
        "parameter/unsafe-integer",
        `parameter "${name}" is ${show(value)}, beyond \xB1${MAX_SAFE} (2^53 \u2212 1): it cannot be sent exactly (it would become ${typed}); use a smaller integer or a STRING input`,
        path
      );
      continue;
    }
    if (typed === void 0) {
      error(
        "parameter/type",
        `parameter "${name}" must be ${TYPE_WORD[decl.parameterType] ?? decl.parameterType} (${decl.parameterType}), got ${show(value)}`,
        path
      );
      continue;
    }
    if (Array.isArray(decl.literals) && decl.literals.length > 0) {
      const allowed = decl.literals.map((l) => JSON.stringify(l));
      if (!allowed.includes(JSON.stringify(typed))) {
        error(
          "parameter/not-allowed",
          `parameter "${name}" is ${show(typed)}; allowed: ${allowed.join(", ")}`,
          path
        );
        continue;
      }
    }
    values.set(name, typed);
  }
  for (const [name, decl] of Object.entries(declared)) {
    if (has(given, name) || decl.isOptional || decl.defaultValue !== void 0) continue;
    error(
      "parameter/missing",
      `pipeline input "${name}" (${decl.parameterType ?? "parameter"}) has no default and no value: set it under \`parameters\` in the config or in the \`parameters\` input`,
      `root.inputDefinitions.parameters.${name}`
    );
  }
  return { values: Object.fromEntries(values), diagnostics };
}

export {
  parseParameterJson,
  checkParameters
};
