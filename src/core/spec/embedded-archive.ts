/**
 * Embedded archives (`@dsl.component(embedded_artifact_path=…)`, `@dsl.notebook_component`): kfp
 * writes the files into the component's code as `__KFP_EMBEDDED_ARCHIVE_B64 = '<base64>'`, a
 * gzip'd tar whose gzip header carries the compile time — so the bytes change on every compile of
 * unchanged code. Comparisons, digests and cache keys use the archive's CONTENTS instead: its
 * members' names and bytes (not time stamps, owners or modes). Pure.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, inflateRawSync } from 'node:zlib';

/** The assignment kfp writes, with its base64 text as group 1. */
const ARCHIVE = /__KFP_EMBEDDED_ARCHIVE_B64 = '([A-Za-z0-9+/=]*)'/g;

export interface ArchiveMember {
  /** Path inside the archive, without a leading `./`; folders end with `/`. */
  readonly name: string;
  readonly data: Uint8Array;
}

const sha = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

function text(bytes: Uint8Array, from: number, length: number): string {
  const slice = bytes.subarray(from, from + length);
  const end = slice.indexOf(0);
  return Buffer.from(end >= 0 ? slice.subarray(0, end) : slice).toString('utf8');
}

function octal(bytes: Uint8Array, from: number, length: number): number {
  const value = parseInt(text(bytes, from, length).trim() || '0', 8);
  if (!Number.isFinite(value) || value < 0) throw new Error('bad tar size');
  return value;
}

const normalize = (name: string) => name.replace(/^(\.\/)+/, '').replace(/^\.$/, '');

/** The `path` of a pax extended header, if it sets one. */
function paxPath(data: Uint8Array): string | undefined {
  const records = Buffer.from(data).toString('utf8');
  for (const m of records.matchAll(/^\d+ path=(.*)$/gm)) return m[1];
  return undefined;
}

/** The header's checksum: its bytes summed with the checksum field taken as spaces. */
function checksumOk(header: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === octal(header, 148, 8);
}

/** Members of a (ustar, pax or GNU) tar; throws on a damaged one. */
function tarMembers(bytes: Uint8Array): ArchiveMember[] {
  if (bytes.length < 512) throw new Error('not a tar');
  const out: ArchiveMember[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= bytes.length) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    if (!checksumOk(header)) throw new Error('bad tar header');
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + 512;
    if (start + size > bytes.length) throw new Error('truncated tar');
    const data = bytes.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
    if (type === 'x' || type === 'L') {
      longName = type === 'L' ? text(data, 0, data.length) : paxPath(data);
      continue;
    }
    if (type === 'g') continue;
    const prefix = text(header, 345, 155);
    const plain = text(header, 0, 100);
    const name = normalize(longName ?? (prefix ? `${prefix}/${plain}` : plain));
    longName = undefined;
    if (type === '5') {
      if (name) out.push({ name: name.endsWith('/') ? name : `${name}/`, data: new Uint8Array() });
    } else if (type === '2' || type === '1') {
      out.push({ name: `${name} -> ${text(header, 157, 100)}`, data: new Uint8Array() });
    } else out.push({ name, data });
  }
  return out;
}

/** Members of a zip, from its central directory; throws on a damaged one. */
function zipMembers(bytes: Uint8Array): ArchiveMember[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('no zip directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: ArchiveMember[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad zip entry');
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

/** The members of an embedded archive (gzip'd or plain tar, or zip), or undefined if it is none. */
export function archiveMembers(base64: string): ArchiveMember[] | undefined {
  try {
    let bytes: Uint8Array = Buffer.from(base64, 'base64');
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return zipMembers(bytes);
    return tarMembers(bytes);
  } catch {
    return undefined;
  }
}

const memo = new Map<string, string>();

/** `contents-sha256:<hex>` over the sorted member names and their bytes' digests. */
export function archiveContentsDigest(base64: string): string | undefined {
  const known = memo.get(base64);
  if (known) return known;
  const members = archiveMembers(base64);
  if (!members) return undefined;
  const listing = members
    .map((m) => `${JSON.stringify(m.name)} ${sha(m.data)}`)
    .sort()
    .join('\n');
  const digest = `contents-sha256:${sha(listing)}`;
  if (memo.size > 256) memo.clear();
  memo.set(base64, digest);
  return digest;
}

/**
 * The text with every embedded archive replaced by the digest of its contents; text without one
 * (or with an archive that does not decode) comes back unchanged.
 */
export function stableEmbeddedArchives(value: string): string {
  if (!value.includes('__KFP_EMBEDDED_ARCHIVE_B64')) return value;
  return value.replace(ARCHIVE, (whole, b64: string) => {
    const digest = archiveContentsDigest(b64);
    return digest ? `__KFP_EMBEDDED_ARCHIVE_B64 = '${digest}'` : whole;
  });
}
