import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);
import {
  labelValue,
  shortHash
} from "./chunk-OZW57QZC.js";

// src/core/schedules/names.ts
var OWNER_PREFIX = "kfp-action:";
var MAX_DISPLAY_NAME = 128;
var SCHEDULE_LABEL = "kfp-schedule";
function cut(value, max) {
  if (value.length <= max) return value;
  const hash = shortHash(value);
  return `${value.slice(0, max - hash.length - 1)}~${hash}`;
}
function ownerPrefix(repository) {
  return `${OWNER_PREFIX}${cut(repository, 60)}/`;
}
function scheduleDisplayName(repository, pipeline, schedule) {
  const prefix = ownerPrefix(repository);
  const room = MAX_DISPLAY_NAME - prefix.length - 1 - schedule.length;
  if (room >= 16) return `${prefix}${cut(pipeline, room)}/${schedule}`;
  return `${prefix}${cut(`${pipeline}/${schedule}`, MAX_DISPLAY_NAME - prefix.length)}`;
}
function printable(text) {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, "\uFFFD");
}
function parseDisplayName(repository, displayName) {
  const prefix = ownerPrefix(repository);
  if (!displayName.startsWith(prefix)) return void 0;
  const rest = displayName.slice(prefix.length);
  const slash = rest.lastIndexOf("/");
  if (slash <= 0) return void 0;
  return { pipeline: printable(rest.slice(0, slash)), schedule: printable(rest.slice(slash + 1)) };
}
function scheduleLabels(schedule) {
  return { [SCHEDULE_LABEL]: labelValue(schedule) };
}

export {
  SCHEDULE_LABEL,
  ownerPrefix,
  scheduleDisplayName,
  printable,
  parseDisplayName,
  scheduleLabels
};
