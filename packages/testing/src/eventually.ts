/**
 * Runs `check` again every `every` ms until it stops throwing, for at most `within` ms, and
 * returns its result; rethrows the last failure after that. Tests of things that settle (a cache
 * expiring, an event relayed, a revocation spreading) poll with it rather than sleeping a fixed
 * time: as fast as the system allows, and as patient as its documented bound.
 */
export async function eventually<T>(
  check: () => Promise<T> | T,
  { within = 15_000, every = 100 }: { within?: number; every?: number } = {},
): Promise<T> {
  const until = Date.now() + within;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }
}
