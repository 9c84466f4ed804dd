import { createHash } from "node:crypto";
import { Faker, base, en_US, es_MX } from "@faker-js/faker";

/** A faker seeded from (seed, stream): each stream of data is reproducible on its own. */
export function seededFaker(seed: number, stream: string, locale: "mx" | "us" = "mx"): Faker {
  const faker = new Faker({ locale: locale === "mx" ? [es_MX, en_US, base] : [en_US, base] });
  faker.seed(hashToInts(`${seed}:${stream}`));
  return faker;
}

function hashToInts(text: string): number[] {
  const digest = createHash("sha256").update(text).digest();
  return [0, 4, 8, 12].map((offset) => digest.readUInt32BE(offset));
}

/**
 * A UUID-shaped id derived from (seed, kind, index or natural key), so every subgraph derives the
 * same one.
 */
export function stableId(seed: number, kind: string, index: number | string): string {
  const hex = createHash("sha256").update(`${seed}:${kind}:${index}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A number in [0, 1) derived from (seed, kind, index), for facts two generators must agree on. */
export function stableFraction(seed: number, kind: string, index: number): number {
  return createHash("sha256").update(`${seed}:${kind}:${index}`).digest().readUInt32BE(0) / 2 ** 32;
}
