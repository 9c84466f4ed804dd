import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import YAML from "yaml";

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export const SUPERGRAPH_CONFIG = resolve(__dirname, "..", "..", "supergraph.yaml");
export const SUPERGRAPH_FILE = resolve(__dirname, "..", "..", "supergraph.graphql");

/** The subgraphs listed in supergraph.yaml, with their committed SDL. */
export function readSubgraphs(configPath = SUPERGRAPH_CONFIG) {
  const config = YAML.parse(readFileSync(configPath, "utf8")) as SupergraphConfig;
  return Object.entries(config.subgraphs).map(([name, subgraph]) => ({
    name,
    url: subgraph.routing_url,
    sdl: readFileSync(resolve(dirname(configPath), subgraph.schema.file), "utf8"),
  }));
}

/** Composes the committed subgraph SDL into a supergraph, offline, as `rover supergraph compose` does. */
export function composeSupergraph(configPath = SUPERGRAPH_CONFIG): string {
  return composeSubgraphs(readSubgraphs(configPath));
}

/** Composes subgraphs given as SDL text; throws with every composition error. */
export function composeSubgraphs(subgraphs: Array<{ name: string; url: string; sdl: string }>): string {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}
