import { describe, expect, it } from '@jest/globals';
import { ClientStart, type StartableClient } from '../../../src/adapters/vertex/client-start.js';

/** A stand-in for a generated client: counts starts and closes; its start may fail. */
function client(start: () => Promise<unknown>) {
  const calls = { initialize: 0, close: 0 };
  let stored: Promise<unknown> | undefined;
  const c: StartableClient = {
    // Like the generated clients: the first start is stored and handed back every time.
    initialize: () => {
      calls.initialize++;
      stored ??= start();
      return stored;
    },
    close: async () => void calls.close++,
  };
  return { c, calls };
}

describe('starting a generated Vertex client once', () => {
  it('starts once however many calls wait for it, and closes a started client', async () => {
    const { c, calls } = client(async () => 'stub');
    const start = new ClientStart(c);
    await Promise.all([start.ready(), start.ready(), start.ready()]);
    await start.ready();
    expect(calls.initialize).toBe(1);
    await start.close();
    expect(calls.close).toBe(1);
  });

  it('hands the failed start to every caller and never closes that client', async () => {
    const failure = new Error('The file at /nowhere.json does not exist');
    const { c, calls } = client(() => Promise.reject(failure));
    const start = new ClientStart(c);
    await expect(start.ready()).rejects.toBe(failure);
    await expect(start.ready()).rejects.toBe(failure);
    expect(calls.initialize).toBe(1);
    await expect(start.close()).resolves.toBeUndefined();
    expect(calls.close).toBe(0);
  });

  it('does not start a client only to close it', async () => {
    const { c, calls } = client(async () => 'stub');
    await new ClientStart(c).close();
    expect(calls).toEqual({ initialize: 0, close: 0 });
  });
});
