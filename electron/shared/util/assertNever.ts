/** Ends every switch over a union: the compiler fails when a new member is not handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
