interface Pending<T> {
  sent: Promise<T>;
  waiting: number;
  abandon: AbortController;
}

/**
 * Identical fetches in flight at the same moment share one: the first caller's is sent, the
 * others wait for it. A caller whose client has gone stops waiting; once every caller has gone,
 * the fetch is abandoned (its signal aborts, so the subgraph sees its caller hang up and stops).
 */
export class InFlightFetches<T> {
  private readonly pending = new Map<string, Pending<T>>();

  share(key: string, send: (signal: AbortSignal) => Promise<T>, clientGone?: AbortSignal): Promise<T> {
    let fetch = this.pending.get(key);
    if (!fetch) {
      const abandon = new AbortController();
      const sent = send(abandon.signal).finally(() => {
        if (this.pending.get(key) === fetch) this.pending.delete(key);
      });
      fetch = { sent, waiting: 0, abandon };
      this.pending.set(key, fetch);
    }
    const shared = fetch;
    shared.waiting++;
    // A waiter whose client is gone (or that has no client to lose) leaves once; the last one out
    // abandons the fetch.
    if (clientGone) {
      const leave = () => {
        if (--shared.waiting > 0) return;
        if (this.pending.get(key) === shared) this.pending.delete(key);
        shared.abandon.abort();
      };
      if (clientGone.aborted) leave();
      else {
        clientGone.addEventListener("abort", leave, { once: true });
        void shared.sent.finally(() => clientGone.removeEventListener("abort", leave)).catch(() => undefined);
      }
    }
    return shared.sent;
  }
}
