import { type AgreementsReference, agreementsReference } from "@frontera/service";
import { type DataSource } from "typeorm";
import { type TravellersLoaders, createTravellersLoaders } from "./loaders";

export interface TravellersContext {
  dataSource: DataSource;
  loaders: TravellersLoaders;
  /** Ports and programs as the agreements subgraph has them. */
  reference: AgreementsReference;
  /** Recorded with every change; anonymous until scoped tokens exist (issue 6). */
  actor: string;
}

export function createTravellersContext(dataSource: DataSource, peers: Record<string, string>): TravellersContext {
  return {
    dataSource,
    loaders: createTravellersLoaders(dataSource),
    reference: agreementsReference(peers.agreements ?? "http://localhost:4001/graphql"),
    actor: "anonymous",
  };
}
