import { type DataSource } from "typeorm";
import { type CargoLoaders, createCargoLoaders } from "./loaders";
import { type AgreementsReference, agreementsReference } from "@frontera/service";

export interface CargoContext {
  dataSource: DataSource;
  loaders: CargoLoaders;
  /** Ports, programs and agencies as the agreements subgraph has them. */
  reference: AgreementsReference;
  /** Recorded with every change; anonymous until scoped tokens exist (issue 6). */
  actor: string;
}

export function createCargoContext(dataSource: DataSource, peers: Record<string, string>): CargoContext {
  return {
    dataSource,
    loaders: createCargoLoaders(dataSource),
    reference: agreementsReference(peers.agreements ?? "http://localhost:4001/graphql"),
    actor: "anonymous",
  };
}
