import { isConnectionLost, isRolledBackConflict, retryTransient } from "../../src/transient-errors";

// What mysql2 throws, wrapped by TypeORM as a QueryFailedError with the driver's error inside.
const driverError = (errno: number, code: string) => Object.assign(new Error(code), { errno, code });
const wrapped = (inner: Error) => Object.assign(new Error("query failed"), { driverError: inner });

const CERTIFICATION_FAILURE = driverError(1213, "ER_LOCK_DEADLOCK");
const CONNECTION_LOST = Object.assign(new Error("Connection lost"), { code: "PROTOCOL_CONNECTION_LOST" });

describe("transient database errors", () => {
  it("tells a rolled-back conflict (Galera certification, deadlock, lock wait) from a lost connection", () => {
    expect(isRolledBackConflict(wrapped(CERTIFICATION_FAILURE))).toBe(true);
    expect(isRolledBackConflict(driverError(1205, "ER_LOCK_WAIT_TIMEOUT"))).toBe(true);
    expect(isRolledBackConflict(wrapped(CONNECTION_LOST))).toBe(false);
    expect(isConnectionLost(wrapped(CONNECTION_LOST))).toBe(true);
    expect(isConnectionLost(wrapped(CERTIFICATION_FAILURE))).toBe(false);
    expect(isRolledBackConflict(driverError(1062, "ER_DUP_ENTRY"))).toBe(false);
    expect(isRolledBackConflict(new Error("not a database error"))).toBe(false);
  });

  it("runs again after a conflict, and returns what the successful try returned", async () => {
    let tries = 0;
    const result = await retryTransient(
      async () => {
        tries += 1;
        if (tries < 3) throw wrapped(CERTIFICATION_FAILURE);
        return "written";
      },
      isRolledBackConflict,
      { firstDelayMs: 1 },
    );
    expect(result).toBe("written");
    expect(tries).toBe(3);
  });

  it("does not run again after an error the caller did not call transient", async () => {
    let tries = 0;
    await expect(
      retryTransient(
        async () => {
          tries += 1;
          throw wrapped(CONNECTION_LOST);
        },
        isRolledBackConflict,
        { firstDelayMs: 1 },
      ),
    ).rejects.toThrow("query failed");
    expect(tries).toBe(1);
  });

  it("gives up after the attempts allowed, with the last error", async () => {
    let tries = 0;
    await expect(
      retryTransient(
        async () => {
          tries += 1;
          throw wrapped(CERTIFICATION_FAILURE);
        },
        isRolledBackConflict,
        { attempts: 4, firstDelayMs: 1 },
      ),
    ).rejects.toThrow("query failed");
    expect(tries).toBe(4);
  });
});
