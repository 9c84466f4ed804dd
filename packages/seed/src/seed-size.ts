/** How much synthetic data to generate; the same size and seed always give the same data. */
export interface SeedSize {
  seed: number;
  shipments: number;
}

export const DEFAULT_SEED_SIZE: SeedSize = { seed: 2018, shipments: 3000 };

/** Commercial drivers make many trips each; about one driver per 25 shipments. */
export function driverCount(size: SeedSize): number {
  return Math.max(20, Math.round(size.shipments / 25));
}

/** Reads `--shipments N --seed N` from a command line; every bad flag is named. */
export function parseSeedSize(argv: string[], fallback: SeedSize = DEFAULT_SEED_SIZE): SeedSize {
  const size = { ...fallback };
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag !== "--shipments" && flag !== "--seed") {
      problems.push(`unknown flag ${flag} (expected --shipments N, --seed N)`);
      continue;
    }
    const value = Number(argv[i + 1]);
    i += 1;
    if (!Number.isInteger(value) || value < (flag === "--seed" ? 0 : 1)) {
      problems.push(`${flag} needs a ${flag === "--seed" ? "non-negative" : "positive"} integer`);
    } else if (flag === "--shipments") size.shipments = value;
    else size.seed = value;
  }
  if (problems.length) throw new Error(problems.join("; "));
  return size;
}
