import { type SeedSize } from "@frontera/seed";

/**
 * The as-of moment of every test's data. Fixed, so a test's rows are the same on every run (and
 * every day): the window tests ask about is 2026-09-01 to 2026-12-01.
 */
export const TEST_AS_OF = new Date("2026-11-25T00:00:00Z");

/** A test's seed: size and seed, and the as-of moment when it is not TEST_AS_OF. */
export type TestSeedSize = Omit<SeedSize, "asOf"> & Partial<Pick<SeedSize, "asOf">>;

export const withTestAsOf = (size: TestSeedSize): SeedSize => ({ asOf: TEST_AS_OF, ...size });
