/**
 * google.protobuf.Any packing for long-running operation results: the fake encodes the real
 * response message (UploadModelResponse, Endpoint, DeployModelResponse, …) with protobufjs from the
 * same .proto files the client decodes with, so the client's own decoder reads it.
 */
import { protobuf } from 'google-gax';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROTO_INCLUDE_DIRS } from '../fake-vertex/server.js';

let root: protobuf.Root | undefined;

function protoRoot(): protobuf.Root {
  if (root) return root;
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) => {
    for (const dir of PROTO_INCLUDE_DIRS) {
      const full = path.join(dir, target);
      if (existsSync(full)) return full;
    }
    return target;
  };
  r.loadSync(
    [
      'google/cloud/aiplatform/v1/model_service.proto',
      'google/cloud/aiplatform/v1/endpoint_service.proto',
    ],
    { keepCase: false },
  );
  root = r;
  return r;
}

export interface WireAny {
  typeUrl: string;
  value: Buffer;
}

/** Packs `message` (plain object in the proto's camelCase form) as an Any of `fullName`. */
export function packAny(fullName: string, message: Record<string, unknown>): WireAny {
  const type = protoRoot().lookupType(fullName);
  const bytes = type.encode(type.fromObject(message)).finish();
  return { typeUrl: `type.googleapis.com/${fullName}`, value: Buffer.from(bytes) };
}
