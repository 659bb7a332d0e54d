/**
 * google.protobuf.Struct / Value / Timestamp in the plain-object form that @grpc/proto-loader
 * decodes to and encodes from (`{fields: {k: {stringValue: 'x'}}}`), and back to JSON. The fake
 * Vertex server stores jobs as JSON and speaks Struct on the wire, like the real service.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface WireValue {
  nullValue?: string | number;
  numberValue?: number;
  stringValue?: string;
  boolValue?: boolean;
  structValue?: WireStruct;
  listValue?: { values?: WireValue[] };
  kind?: string;
}

export interface WireStruct {
  fields?: Record<string, WireValue>;
}

export function toWireValue(value: Json): WireValue {
  if (value === null) return { nullValue: 'NULL_VALUE' };
  if (typeof value === 'number') return { numberValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (typeof value === 'boolean') return { boolValue: value };
  if (Array.isArray(value)) return { listValue: { values: value.map(toWireValue) } };
  return { structValue: toWireStruct(value) };
}

export function toWireStruct(value: { [key: string]: Json }): WireStruct {
  return { fields: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWireValue(v)])) };
}

/** Decodes a wire Value. An empty Value (no kind set) decodes to `undefined`, so a test can tell
 * "the client sent plain JSON that protobuf dropped" from a real value. */
export function fromWireValue(value: WireValue | undefined): Json | undefined {
  if (!value) return undefined;
  if (value.structValue !== undefined) return fromWireStruct(value.structValue);
  if (value.listValue !== undefined) {
    return (value.listValue.values ?? []).map((v) => fromWireValue(v) ?? null);
  }
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.numberValue !== undefined) return value.numberValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.nullValue !== undefined) return null;
  return undefined;
}

export function fromWireStruct(struct: WireStruct | undefined): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(struct?.fields ?? {})) {
    const decoded = fromWireValue(v);
    if (decoded !== undefined) out[k] = decoded;
  }
  return out;
}

export interface WireTimestamp {
  seconds: string;
  nanos: number;
}

export function toWireTimestamp(ms: number): WireTimestamp {
  return { seconds: String(Math.floor(ms / 1000)), nanos: (ms % 1000) * 1_000_000 };
}
