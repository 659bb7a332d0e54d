import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  listComponents,
  taskDependencies,
  topologicalOrder,
  upstreamEdges,
} from '../../../src/core/spec/graph.js';
import { loadSpecText } from '../../../src/core/spec/load.js';
import type { DagSpec, PipelineTaskSpec } from '../../../src/core/spec/types.js';
import { BASE } from '../../support/validate/variants.js';

const after = (...deps: string[]): PipelineTaskSpec => ({ dependentTasks: deps });

describe('upstreamEdges', () => {
  it('collects dependentTasks, parameter, artifact and final-status producers', () => {
    const task: PipelineTaskSpec = {
      dependentTasks: ['a'],
      inputs: {
        parameters: {
          p: { taskOutputParameter: { producerTask: 'b', outputParameterKey: 'o' } },
          s: { taskFinalStatus: { producerTask: 'c' } },
          k: { componentInputParameter: 'x' },
        },
        artifacts: { m: { taskOutputArtifact: { producerTask: 'b', outputArtifactKey: 'm' } } },
      },
    };
    expect(upstreamEdges(task)).toEqual([
      { task: 'a', kind: 'dependentTasks' },
      { task: 'b', kind: 'parameter', input: 'p' },
      { task: 'c', kind: 'finalStatus', input: 's' },
      { task: 'b', kind: 'artifact', input: 'm' },
    ]);
    expect(taskDependencies(task)).toEqual(['a', 'b', 'c']);
  });
});

describe('topologicalOrder', () => {
  it('orders the base fixture with producers first', () => {
    const r = loadSpecText(BASE, 'base.yaml');
    if (!r.ok) throw new Error('fixture');
    const { order, cycle } = topologicalOrder(r.loaded.spec.root.dag);
    expect(cycle).toBeUndefined();
    expect(order).toEqual(['for-loop-3', 'make-data', 'train', 'condition-1']);
  });

  it('reports a cycle in execution order, ignoring tasks outside it', () => {
    const dag: DagSpec = {
      tasks: { a: after(), b: after('a', 'd'), c: after('b'), d: after('c') },
    };
    const { order, cycle } = topologicalOrder(dag);
    expect(order).toEqual(['a']);
    expect(cycle).toEqual(['b', 'c', 'd', 'b']);
  });

  it('reports a task that depends on itself', () => {
    expect(topologicalOrder({ tasks: { a: after('a') } }).cycle).toEqual(['a', 'a']);
  });

  it('ignores producers that are not tasks of the DAG, and tolerates no DAG', () => {
    expect(topologicalOrder({ tasks: { a: after('ghost') } })).toEqual({ order: ['a'] });
    expect(topologicalOrder(undefined)).toEqual({ order: [] });
  });

  it('is linear: a 10,000-task chain needs no recursion', () => {
    const tasks: Record<string, PipelineTaskSpec> = {};
    for (let i = 0; i < 10000; i++) tasks[`t${i}`] = i === 0 ? after() : after(`t${i - 1}`);
    expect(topologicalOrder({ tasks }).order).toHaveLength(10000);
  });

  it('on random acyclic DAGs, puts every task after its upstream tasks', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(), { maxLength: 4 }), { maxLength: 40 }), (deps) => {
        // Task i may depend only on tasks < i, so the DAG is acyclic; names shuffled by reversal.
        const tasks: Record<string, PipelineTaskSpec> = {};
        deps.forEach((ds, i) => {
          tasks[`t${deps.length - i}`] = after(
            ...ds.filter((d) => d < i).map((d) => `t${deps.length - d}`),
          );
        });
        const { order, cycle } = topologicalOrder({ tasks });
        expect(cycle).toBeUndefined();
        const at = new Map(order.map((n, i) => [n, i]));
        expect(at.size).toBe(deps.length);
        for (const [name, task] of Object.entries(tasks)) {
          for (const up of task.dependentTasks ?? [])
            expect(at.get(up)!).toBeLessThan(at.get(name)!);
        }
      }),
    );
  });
});

describe('listComponents', () => {
  it('lists root first, then the components, with their paths', () => {
    const r = loadSpecText(BASE, 'base.yaml');
    if (!r.ok) throw new Error('fixture');
    const entries = listComponents(r.loaded.spec);
    expect(entries[0]).toMatchObject({ name: 'root', path: ['root'] });
    expect(entries.map((e) => e.name)).toContain('comp-train');
    expect(entries.find((e) => e.name === 'comp-train')!.path).toEqual([
      'components',
      'comp-train',
    ]);
  });
});
