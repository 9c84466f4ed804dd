import { InFlightFetches } from "../../../src/transport/in-flight-fetches";

/** A fetch that answers when told to, and says whether it was abandoned. */
function controllable() {
  let answer!: (value: string) => void;
  const signals: AbortSignal[] = [];
  const send = jest.fn((signal: AbortSignal) => {
    signals.push(signal);
    return new Promise<string>((resolve, reject) => {
      answer = resolve;
      signal.addEventListener("abort", () => reject(new Error("abandoned")));
    });
  });
  return { send, answer: (value: string) => answer(value), signals };
}

describe("fetches in flight shared between identical callers", () => {
  it("sends one fetch for callers with the same key, and a new one once it is answered", async () => {
    const fetches = new InFlightFetches<string>();
    const { send, answer } = controllable();
    const waiting = [fetches.share("k", send), fetches.share("k", send)];
    answer("done");
    expect(await Promise.all(waiting)).toEqual(["done", "done"]);
    expect(send).toHaveBeenCalledTimes(1);
    const again = fetches.share("k", send);
    answer("again");
    expect(await again).toBe("again");
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("never shares between keys", async () => {
    const fetches = new InFlightFetches<string>();
    const { send } = controllable();
    void fetches.share("a", send);
    void fetches.share("b", send);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("abandons a fetch only when every waiting client has gone", async () => {
    const fetches = new InFlightFetches<string>();
    const { send, signals } = controllable();
    const [first, second] = [new AbortController(), new AbortController()];
    const answers = [first, second].map((client) => fetches.share("k", send, client.signal).catch(() => "gone"));
    first.abort();
    expect(signals[0].aborted).toBe(false);
    second.abort();
    expect(signals[0].aborted).toBe(true);
    expect(await Promise.all(answers)).toEqual(["gone", "gone"]);
  });

  it("starts afresh after an abandoned fetch, which no longer answers the newcomer", async () => {
    const fetches = new InFlightFetches<string>();
    const { send, answer } = controllable();
    const client = new AbortController();
    const abandoned = fetches.share("k", send, client.signal).catch(() => "gone");
    client.abort();
    expect(await abandoned).toBe("gone");
    const fresh = fetches.share("k", send);
    answer("fresh");
    expect(await fresh).toBe("fresh");
    expect(send).toHaveBeenCalledTimes(2);
  });
});
