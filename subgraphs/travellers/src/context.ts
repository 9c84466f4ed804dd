import { type Access } from "@frontera/auth";
import { type AgreementsReference, type SubgraphRuntime, agreementsReference } from "@frontera/service";
import { type DataSource } from "typeorm";
import { TravellerVisibility } from "./access/traveller-visibility";
import { type TravellersLoaders, createTravellersLoaders } from "./loaders";

export interface TravellersContext {
  dataSource: DataSource;
  loaders: TravellersLoaders;
  /** Ports and programs as the agreements subgraph has them. */
  reference: AgreementsReference;
  access: Access;
  /** The rows this caller may see. */
  visibility: TravellerVisibility;
  /** Recorded with every change: the token's subject. */
  actor: string;
}

export function createTravellersContext(runtime: SubgraphRuntime, access: Access): TravellersContext {
  const visibility = new TravellerVisibility(access);
  return {
    dataSource: runtime.dataSource,
    loaders: createTravellersLoaders(runtime.dataSource, visibility),
    reference: agreementsReference(
      runtime.peers.agreements ?? "http://127.0.0.1:4001/graphql",
      runtime.serviceToken,
      runtime.upstreamSecret,
    ),
    access,
    visibility,
    actor: access.claims.subject,
  };
}
