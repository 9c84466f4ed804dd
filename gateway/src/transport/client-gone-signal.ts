/** Aborts when the client's connection closes before the answer was written. */
export function clientGoneSignal(response: {
  writableFinished: boolean;
  once(event: "close", listener: () => void): unknown;
}): AbortSignal {
  const gone = new AbortController();
  response.once("close", () => {
    if (!response.writableFinished) gone.abort();
  });
  return gone.signal;
}
