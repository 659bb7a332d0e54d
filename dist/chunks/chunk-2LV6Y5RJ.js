import { createRequire as __kfpCreateRequire } from 'node:module';
import { fileURLToPath as __kfpFileURLToPath } from 'node:url';
import { dirname as __kfpDirname } from 'node:path';
const require = __kfpCreateRequire(import.meta.url);
const __filename = __kfpFileURLToPath(import.meta.url);
const __dirname = __kfpDirname(__filename);

// src/core/spec/graph.ts
var record = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : void 0;
var text = (value) => typeof value === "string" ? value : void 0;
function upstreamEdges(task) {
  const edges = [];
  const deps = task.dependentTasks;
  if (Array.isArray(deps)) {
    for (const d of deps)
      if (typeof d === "string") edges.push({ task: d, kind: "dependentTasks" });
  }
  const inputs = record(task.inputs);
  for (const [input, spec] of Object.entries(record(inputs?.parameters) ?? {})) {
    const s = record(spec);
    const producer = text(record(s?.taskOutputParameter)?.producerTask);
    if (producer !== void 0) edges.push({ task: producer, kind: "parameter", input });
    const status = text(record(s?.taskFinalStatus)?.producerTask);
    if (status !== void 0) edges.push({ task: status, kind: "finalStatus", input });
  }
  for (const [input, spec] of Object.entries(record(inputs?.artifacts) ?? {})) {
    const producer = text(record(record(spec)?.taskOutputArtifact)?.producerTask);
    if (producer !== void 0) edges.push({ task: producer, kind: "artifact", input });
  }
  return edges;
}
function taskDependencies(task) {
  return [...new Set(upstreamEdges(task).map((e) => e.task))];
}
function topologicalOrder(dag) {
  const tasks = record(dag?.tasks) ?? {};
  const names = Object.keys(tasks);
  const upstream = /* @__PURE__ */ new Map();
  const downstream = /* @__PURE__ */ new Map();
  const pending = /* @__PURE__ */ new Map();
  for (const name of names) {
    const ups = taskDependencies(record(tasks[name]) ?? {}).filter(
      (u) => Object.hasOwn(tasks, u)
    );
    upstream.set(name, ups);
    pending.set(name, ups.length);
    for (const u of ups) {
      const list = downstream.get(u);
      if (list) list.push(name);
      else downstream.set(u, [name]);
    }
  }
  const order = [];
  const ready = names.filter((n) => pending.get(n) === 0);
  for (let i = 0; i < ready.length; i++) {
    const name = ready[i];
    order.push(name);
    for (const down of downstream.get(name) ?? []) {
      const left2 = pending.get(down) - 1;
      pending.set(down, left2);
      if (left2 === 0) ready.push(down);
    }
  }
  if (order.length === names.length) return { order };
  const left = new Set(names.filter((n) => pending.get(n) > 0));
  const start = names.find((n) => left.has(n));
  const seenAt = /* @__PURE__ */ new Map();
  const walk = [];
  let current = start;
  while (!seenAt.has(current)) {
    seenAt.set(current, walk.length);
    walk.push(current);
    current = upstream.get(current).find((u) => left.has(u));
  }
  const loop = walk.slice(seenAt.get(current)).reverse();
  const index = new Map(names.map((n, i) => [n, i]));
  let first = 0;
  loop.forEach((n, i) => {
    if (index.get(n) < index.get(loop[first])) first = i;
  });
  const rotated = [...loop.slice(first), ...loop.slice(0, first)];
  return { order, cycle: [...rotated, rotated[0]] };
}
function listComponents(spec) {
  const entries = [];
  const root = record(spec.root);
  if (root) entries.push({ name: "root", component: root, path: ["root"] });
  for (const [name, value] of Object.entries(record(spec.components) ?? {})) {
    const component = record(value);
    if (component) {
      entries.push({ name, component, path: ["components", name] });
    }
  }
  return entries;
}

export {
  taskDependencies,
  topologicalOrder,
  listComponents
};
