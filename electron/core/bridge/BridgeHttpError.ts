/** A transport-level refusal (auth, size, content type): answered with an HTTP status, never a WireResult. */
export class BridgeHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'BridgeHttpError';
  }
}
