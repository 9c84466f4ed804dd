import { type KeyStore } from "@frontera/auth";
import { type DataSource } from "typeorm";
import { CHAIN_BATCH, chainPendingDisclosures } from "../../src/disclosure/disclosure-chain";
import { DisclosureChainWorker } from "../../src/disclosure/disclosure-chain-worker";

// The worker's scheduling alone: the chaining itself (SQL) is tested end to end.
jest.mock("../../src/disclosure/disclosure-chain", () => ({
  ...jest.requireActual("../../src/disclosure/disclosure-chain"),
  chainPendingDisclosures: jest.fn(),
}));
jest.mock("../../src/disclosure/disclosure-retention", () => ({ pruneDisclosures: jest.fn(async () => 0) }));
jest.mock("../../src/disclosure/disclosure-checkpoints", () => ({
  checkpointDisclosureChain: jest.fn(async () => ({})),
}));

const chain = jest.mocked(chainPendingDisclosures);
const dataSource = { isInitialized: true } as DataSource;
const GATHER_MS = 100;

beforeEach(() => {
  jest.useFakeTimers();
  chain.mockReset();
  chain.mockResolvedValue(0);
});

afterEach(() => {
  jest.useRealTimers();
});

/** A worker whose first round is under way (until `finish`), woken again meanwhile. */
async function wokenDuringARound() {
  let finish: (count: number) => void = () => undefined;
  chain.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
  const worker = new DisclosureChainWorker(dataSource);
  worker.wake();
  await jest.advanceTimersByTimeAsync(GATHER_MS);
  worker.wake();
  await jest.advanceTimersByTimeAsync(GATHER_MS);
  expect(chain).toHaveBeenCalledTimes(1);
  return { worker, finish: (count: number) => finish(count) };
}

describe("the disclosure chain worker", () => {
  it("gathers the appends of a moment into one round", async () => {
    const worker = new DisclosureChainWorker(dataSource);
    worker.wake();
    worker.wake();
    await jest.advanceTimersByTimeAsync(GATHER_MS / 2);
    worker.wake();
    expect(chain).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(GATHER_MS);
    expect(chain).toHaveBeenCalledTimes(1);
    await worker.stop();
  });

  it("chains batch after batch until one comes back short", async () => {
    chain.mockResolvedValueOnce(CHAIN_BATCH).mockResolvedValueOnce(CHAIN_BATCH).mockResolvedValueOnce(3);
    const worker = new DisclosureChainWorker(dataSource);
    worker.wake();
    await jest.advanceTimersByTimeAsync(GATHER_MS);
    expect(chain).toHaveBeenCalledTimes(3);
    await worker.stop();
  });

  it("runs one more round after the one under way when woken during it: that round may have read its batch before the append", async () => {
    const { worker, finish } = await wokenDuringARound();
    finish(1);
    await jest.advanceTimersByTimeAsync(0);
    expect(chain).toHaveBeenCalledTimes(2);
    await worker.stop();
  });

  it("keeps a failed round's rows for the next wake", async () => {
    chain.mockRejectedValueOnce(new Error("deadlock"));
    const worker = new DisclosureChainWorker(dataSource);
    const logged = jest.spyOn(worker["logger"], "error");
    worker.wake();
    await jest.advanceTimersByTimeAsync(GATHER_MS);
    // logged with its cause (message and stack), for the operator
    expect(logged).toHaveBeenCalledWith(
      { err: expect.objectContaining({ message: "deadlock", stack: expect.any(String) }) },
      "chaining disclosures failed, retried later",
    );
    worker.wake();
    await jest.advanceTimersByTimeAsync(GATHER_MS);
    expect(chain).toHaveBeenCalledTimes(2);
    await worker.stop();
  });

  it("waits for the round under way when stopped, and starts no other", async () => {
    const { worker, finish } = await wokenDuringARound();
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish(1);
    await stopping;
    worker.wake();
    await jest.advanceTimersByTimeAsync(GATHER_MS * 2);
    expect(chain).toHaveBeenCalledTimes(1);
  });

  it("with its periodic tasks on, chains what was left at start and sweeps every 5 seconds", async () => {
    const worker = new DisclosureChainWorker(dataSource, { keys: {} as KeyStore, retentionDays: 30 });
    await jest.advanceTimersByTimeAsync(GATHER_MS);
    expect(chain).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(chain).toHaveBeenCalledTimes(2);
    await worker.stop();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(chain).toHaveBeenCalledTimes(2);
  });

  it("without them, does nothing until woken", async () => {
    const worker = new DisclosureChainWorker(dataSource);
    await jest.advanceTimersByTimeAsync(10_000);
    expect(chain).not.toHaveBeenCalled();
    await worker.stop();
  });
});
