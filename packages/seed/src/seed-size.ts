/**
 * What synthetic data to generate: its size, its random seed and its as-of moment (see
 * seed-calendar.ts). The same three always give the same data.
 */
export interface SeedSize {
  seed: number;
  shipments: number;
  asOf: Date;
}

export const DEFAULT_SEED = 2018;
export const DEFAULT_SHIPMENTS = 3000;

/** Where a process that seeds on its own (a subgraph's first start) reads an agreed as-of moment. */
export const SEED_AS_OF_ENV = "SEED_AS_OF";

/**
 * The default as-of moment: `SEED_AS_OF` when set, else the start of the current UTC hour. An hour
 * (not the second) so that subgraphs seeding themselves a few seconds apart still agree.
 */
export function defaultAsOf(env: NodeJS.ProcessEnv = process.env, now = new Date()): Date {
  const configured = env[SEED_AS_OF_ENV];
  if (configured) return parseAsOf(configured, SEED_AS_OF_ENV);
  const hour = new Date(now);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

export function defaultSeedSize(env: NodeJS.ProcessEnv = process.env, now = new Date()): SeedSize {
  return { seed: DEFAULT_SEED, shipments: DEFAULT_SHIPMENTS, asOf: defaultAsOf(env, now) };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `2026-12-07` (midnight UTC) or a date-time with its offset (`2026-12-07T05:00:00Z`). */
export function parseAsOf(text: string, name = "--as-of"): Date {
  const at = DATE_ONLY.test(text) ? Date.parse(`${text}T00:00:00Z`) : DATE_TIME.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(at)) {
    throw new Error(
      `${name} needs a date (2026-12-07) or a date-time with its offset (2026-12-07T05:00:00Z), not "${text}"`,
    );
  }
  return new Date(at);
}

/** Commercial drivers make many trips each; about one driver per 25 shipments. */
export function driverCount(size: Pick<SeedSize, "shipments">): number {
  return Math.max(20, Math.round(size.shipments / 25));
}

const FLAGS = "--shipments N, --seed N, --as-of DATE";

/** Reads `--shipments N --seed N --as-of DATE` from a command line; every bad flag is named. */
export function parseSeedSize(argv: string[], fallback: SeedSize = defaultSeedSize()): SeedSize {
  const size = { ...fallback };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    i += 1;
    if (flag === "--as-of") {
      try {
        size.asOf = parseAsOf(value ?? "");
      } catch (error) {
        problems.push((error as Error).message);
      }
      continue;
    }
    if (flag !== "--shipments" && flag !== "--seed") {
      problems.push(`unknown flag ${flag} (expected ${FLAGS})`);
      i -= 1;
      continue;
    }
    const number = Number(value);
    if (!Number.isInteger(number) || number < (flag === "--seed" ? 0 : 1)) {
      problems.push(`${flag} needs a ${flag === "--seed" ? "non-negative" : "positive"} integer`);
    } else if (flag === "--shipments") size.shipments = number;
    else size.seed = number;
  }
  if (problems.length) throw new Error(problems.join("; "));
  return size;
}
