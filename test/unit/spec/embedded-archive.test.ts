/** Embedded archives compare by contents: names and bytes, not gzip/tar time stamps. */
import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import {
  archiveContentsDigest,
  archiveMembers,
  stableEmbeddedArchives,
} from '../../../src/core/spec/embedded-archive.js';

/** A ustar archive of files (and `name/` folders) with the given modification time. */
function tar(files: Record<string, string>, mtime: number): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    const data = Buffer.from(content);
    header.write(name, 0, 100);
    header.write('0000644\0', 100);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write(`${mtime.toString(8).padStart(11, '0')}\0`, 136);
    header.write(name.endsWith('/') ? '5' : '0', 156);
    header.write('ustar\0', 257);
    header.fill(32, 148, 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  return Buffer.concat([...blocks, Buffer.alloc(1024)]);
}

/** gzip with a chosen header time (bytes 4–7), as Python's gzip.compress writes it. */
function gzipAt(bytes: Buffer, seconds: number): Buffer {
  const gz = gzipSync(bytes);
  gz.writeUInt32LE(seconds, 4);
  return gz;
}

/** A zip with stored (uncompressed) members. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(name), data);
    central.push(entry, Buffer.from(name));
    offset += 30 + name.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const code = (b64: string) => `__KFP_EMBEDDED_ARCHIVE_B64 = '${b64}'\nimport base64\n`;
const files = { './': '', './data/': '', './data/a.csv': 'a,b\n1,2\n', './notebook.ipynb': '{}' };

describe('embedded archives', () => {
  it('reads the members of a gzip’d tar, without the ./ prefix', () => {
    const members = archiveMembers(gzipAt(tar(files, 1), 1).toString('base64'))!;
    expect(members.map((m) => [m.name, Buffer.from(m.data).toString()])).toEqual([
      ['data/', ''],
      ['data/a.csv', 'a,b\n1,2\n'],
      ['notebook.ipynb', '{}'],
    ]);
  });

  it('the same files compiled at another time: other bytes, the same text once stabilized', () => {
    const a = gzipAt(tar(files, 1_700_000_000), 1_800_000_000).toString('base64');
    const b = gzipAt(tar(files, 1_700_000_999), 1_800_000_777).toString('base64');
    expect(a).not.toBe(b);
    expect(stableEmbeddedArchives(code(a))).toBe(stableEmbeddedArchives(code(b)));
    expect(stableEmbeddedArchives(code(a))).toMatch(
      /^__KFP_EMBEDDED_ARCHIVE_B64 = 'contents-sha256:[0-9a-f]{64}'\nimport base64\n$/,
    );
  });

  it('a changed byte or a renamed file is a different archive', () => {
    const base = archiveContentsDigest(gzipAt(tar(files, 1), 1).toString('base64'));
    const edited = { ...files, './data/a.csv': 'a,b\n1,3\n' };
    const renamed = {
      './': '',
      './data/': '',
      './data/b.csv': 'a,b\n1,2\n',
      './notebook.ipynb': '{}',
    };
    expect(archiveContentsDigest(gzipAt(tar(edited, 1), 1).toString('base64'))).not.toBe(base);
    expect(archiveContentsDigest(gzipAt(tar(renamed, 1), 1).toString('base64'))).not.toBe(base);
  });

  it('zip archives count by contents too; the member order does not matter', () => {
    const a = zip({ 'x.txt': 'one', 'y.txt': 'two' }).toString('base64');
    const b = zip({ 'y.txt': 'two', 'x.txt': 'one' }).toString('base64');
    expect(archiveMembers(a)!.map((m) => m.name)).toEqual(['x.txt', 'y.txt']);
    expect(archiveContentsDigest(a)).toBe(archiveContentsDigest(b));
  });

  it('text that is not a readable archive is left as it is', () => {
    expect(stableEmbeddedArchives(code('bm90IGFuIGFyY2hpdmU='))).toBe(code('bm90IGFuIGFyY2hpdmU='));
    expect(stableEmbeddedArchives('print(1)')).toBe('print(1)');
  });
});
