import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  parseParameterJson
} from "./chunk-ORKUXPMH.js";
import {
  UserError
} from "./chunk-6REE5PZG.js";

// src/settings/args.ts
import { parseArgs as utilParseArgs } from "node:util";
var SHORT = { help: "h", version: "V" };
function utilOptions(spec) {
  const options = {};
  for (const name of spec.values) options[name] = { type: "string", multiple: true };
  for (const name of spec.switches) {
    options[name] = { type: "boolean", ...SHORT[name] ? { short: SHORT[name] } : {} };
  }
  return options;
}
function known(spec) {
  const names = [...spec.values, ...spec.switches].map(
    (f) => SHORT[f] ? `--${f} (-${SHORT[f]})` : `--${f}`
  );
  return names.join(", ") || "none";
}
function parseArgs(argv, spec, { lenient = false } = {}) {
  const { tokens } = utilParseArgs({
    args: [...argv],
    options: utilOptions(spec),
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  const positionals = [];
  const flags = /* @__PURE__ */ new Map();
  let valueOfUnknown = -1;
  for (const token of tokens) {
    if (token.kind === "positional" && token.index !== valueOfUnknown)
      positionals.push(token.value);
    if (token.kind !== "option") continue;
    const name = token.name;
    if (spec.values.includes(name)) {
      if (token.value === void 0) {
        if (lenient) continue;
        throw new UserError(`option ${token.rawName} needs a value`, [], 2);
      }
      flags.set(name, [...flags.get(name) ?? [], token.value]);
    } else if (spec.switches.includes(name)) {
      if (token.inlineValue) {
        if (lenient) continue;
        throw new UserError(`option ${token.rawName} takes no value, got "${token.value}"`, [], 2);
      }
      flags.set(name, [...flags.get(name) ?? [], "true"]);
    } else if (lenient) {
      if (!token.inlineValue) valueOfUnknown = token.index + 1;
    } else {
      throw new UserError(`unknown option ${token.rawName} (known: ${known(spec)})`, [], 2);
    }
  }
  return { positionals, flags };
}
function findCommandWord(argv, valueFlags) {
  const { tokens } = utilParseArgs({
    args: [...argv],
    options: utilOptions({ values: valueFlags, switches: [] }),
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  const first = tokens.find((t) => t.kind === "positional" || t.kind === "option-terminator");
  return first?.kind === "positional" ? { word: first.value, index: first.index } : void 0;
}
function flag(args, name) {
  const values = args.flags.get(name);
  return values?.[values.length - 1];
}
function parseBoolean(name, value, fallback) {
  if (value === void 0 || value.trim() === "") return fallback;
  const v = value.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(v)) return true;
  if (["false", "no", "0", "off"].includes(v)) return false;
  throw new UserError(`${name} must be true or false, got "${value}"`, [], 2);
}
function parseParameterObject(name, text) {
  if (text === void 0 || text.trim() === "") return {};
  let value;
  try {
    value = parseParameterJson(text);
  } catch (error) {
    throw new UserError(
      `${name} must be a JSON object like {"seed": 42}; ${error.message}`,
      [],
      2
    );
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new UserError(
      `${name} must be a JSON object like {"seed": 42}, got: ${text.slice(0, 100)}`,
      [],
      2
    );
  }
  return value;
}
function parsePositiveInt(name, value, fallback) {
  if (value === void 0 || value.trim() === "") return fallback;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n <= 0) {
    throw new UserError(`${name} must be a positive whole number, got "${value}"`, [], 2);
  }
  return n;
}

export {
  parseArgs,
  findCommandWord,
  flag,
  parseBoolean,
  parseParameterObject,
  parsePositiveInt
};
