import type { grpc } from 'google-gax';

/** An error a fake handler throws to answer with a gRPC status. */
export class FakeStatus extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
  ) {
    super(message);
  }
}
