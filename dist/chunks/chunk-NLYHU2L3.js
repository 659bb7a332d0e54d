import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/spec/digest.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/spec/embedded-archive.ts
import { createHash } from "node:crypto";
import { gunzipSync, inflateRawSync } from "node:zlib";
var ARCHIVE = /__KFP_EMBEDDED_ARCHIVE_B64 = '([A-Za-z0-9+/=]*)'/g;
var sha = (data) => createHash("sha256").update(data).digest("hex");
function text(bytes, from, length) {
  const slice = bytes.subarray(from, from + length);
  const end = slice.indexOf(0);
  return Buffer.from(end >= 0 ? slice.subarray(0, end) : slice).toString("utf8");
}
function octal(bytes, from, length) {
  const value = parseInt(text(bytes, from, length).trim() || "0", 8);
  if (!Number.isFinite(value) || value < 0) throw new Error("bad tar size");
  return value;
}
var normalize = (name) => name.replace(/^(\.\/)+/, "").replace(/^\.$/, "");
function paxPath(data) {
  const records = Buffer.from(data).toString("utf8");
  for (const m of records.matchAll(/^\d+ path=(.*)$/gm)) return m[1];
  return void 0;
}
function checksumOk(header) {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  return sum === octal(header, 148, 8);
}
function tarMembers(bytes) {
  if (bytes.length < 512) throw new Error("not a tar");
  const out = [];
  let offset = 0;
  let longName;
  while (offset + 512 <= bytes.length) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(header)) throw new Error("bad tar header");
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + 512;
    if (start + size > bytes.length) throw new Error("truncated tar");
    const data = bytes.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
    if (type === "x" || type === "L") {
      longName = type === "L" ? text(data, 0, data.length) : paxPath(data);
      continue;
    }
    if (type === "g") continue;
    const prefix = text(header, 345, 155);
    const plain = text(header, 0, 100);
    const name = normalize(longName ?? (prefix ? `${prefix}/${plain}` : plain));
    longName = void 0;
    if (type === "5") {
      if (name) out.push({ name: name.endsWith("/") ? name : `${name}/`, data: new Uint8Array() });
    } else if (type === "2" || type === "1") {
      out.push({ name: `${name} -> ${text(header, 157, 100)}`, data: new Uint8Array() });
    } else out.push({ name, data });
  }
  return out;
}
function zipMembers(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 101010256) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("no zip directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 33639248) throw new Error("bad zip entry");
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = normalize(text(bytes, at + 46, nameLength));
    at += 46 + nameLength + extra + comment;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + compressed);
    if (method !== 0 && method !== 8) throw new Error(`zip method ${method}`);
    out.push({ name, data: method === 8 ? inflateRawSync(raw) : raw });
  }
  return out;
}
function archiveMembers(base64) {
  try {
    let bytes = Buffer.from(base64, "base64");
    if (bytes[0] === 31 && bytes[1] === 139) bytes = gunzipSync(bytes);
    if (bytes[0] === 80 && bytes[1] === 75) return zipMembers(bytes);
    return tarMembers(bytes);
  } catch {
    return void 0;
  }
}
var memo = /* @__PURE__ */ new Map();
function archiveContentsDigest(base64) {
  const known = memo.get(base64);
  if (known) return known;
  const members = archiveMembers(base64);
  if (!members) return void 0;
  const listing = members.map((m) => `${JSON.stringify(m.name)} ${sha(m.data)}`).sort().join("\n");
  const digest = `contents-sha256:${sha(listing)}`;
  if (memo.size > 256) memo.clear();
  memo.set(base64, digest);
  return digest;
}
function stableEmbeddedArchives(value) {
  if (!value.includes("__KFP_EMBEDDED_ARCHIVE_B64")) return value;
  return value.replace(ARCHIVE, (whole, b64) => {
    const digest = archiveContentsDigest(b64);
    return digest ? `__KFP_EMBEDDED_ARCHIVE_B64 = '${digest}'` : whole;
  });
}

// src/core/spec/digest.ts
var VOLATILE_TOP_LEVEL = /* @__PURE__ */ new Set(["sdkVersion"]);
function canonicalJson(value) {
  if (value === null || typeof value !== "object") {
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const record = value;
  const members = Object.keys(record).filter((k) => record[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
  return `{${members.join(",")}}`;
}
function sha256(text2) {
  return createHash2("sha256").update(text2).digest("hex");
}
function specDigest(spec) {
  const stable = Object.fromEntries(
    Object.entries(spec).filter(
      ([k]) => !VOLATILE_TOP_LEVEL.has(k)
    )
  );
  return sha256(stableEmbeddedArchives(canonicalJson(stable)));
}

export {
  stableEmbeddedArchives,
  canonicalJson,
  sha256,
  specDigest
};
