/**
 * Starting a generated @google-cloud/aiplatform client safely. Every method of the generated
 * v1 clients (Pipeline, Model, Endpoint…) calls `this.initialize().catch(err => { throw err })`
 * without awaiting it, and `initialize()` hands back the same stored promise on every call: once
 * a start has failed (no Application Default Credentials, an unreadable credentials file), each
 * method call leaves an unhandled rejection that crashes the process with a stack trace.
 *
 * So each adapter starts its client through one `ClientStart`: the start is awaited once before
 * the first call, its failure is thrown to the caller (who words it with `vertexError`), and no
 * method of a client whose start failed is ever called — nor its `close()`, which would reject
 * with the same error.
 */

/** The part of a generated client that starting and closing need. */
export interface StartableClient {
  initialize(): Promise<unknown>;
  close(): Promise<void>;
}

export class ClientStart {
  private started: Promise<unknown> | undefined;

  constructor(private readonly client: StartableClient) {}

  /** Resolves once the client is connected; rejects with the start's own error (raw). */
  async ready(): Promise<void> {
    this.started ??= this.client.initialize();
    await this.started;
  }

  /** Closes a client that started; does nothing for one never started or whose start failed. */
  async close(): Promise<void> {
    if (!this.started) return;
    const ok = await this.started.then(
      () => true,
      () => false,
    );
    if (ok) await this.client.close();
  }
}
