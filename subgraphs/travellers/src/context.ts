import { type Access, AccessPolicy } from "@frontera/auth";
import { RowPlaces } from "@frontera/federation";
import { type AgreementsReference, agreementsReference } from "@frontera/agreements-client";
import { DEFAULT_SUBGRAPH_URLS } from "@frontera/config";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { TravellerRowPolicy } from "./access/traveller-row-policy";
import { type TravellersLoaders, createTravellersLoaders } from "./loaders";

export interface TravellersContext {
  dataSource: DataSource;
  loaders: TravellersLoaders;
  /** Ports and programs as the agreements subgraph has them. */
  reference: AgreementsReference;
  access: Access;
  /** Which scope holds where, for this caller: every row filter and field check asks it. */
  policy: AccessPolicy;
  /** The rows this caller may see, as SQL and as checks. */
  rows: TravellerRowPolicy;
  places: RowPlaces;
  /** Recorded with every change: the token's subject. */
  actor: string;
}

export function createTravellersContext(runtime: SubgraphRuntime, access: Access): TravellersContext {
  const policy = new AccessPolicy(access);
  const rows = new TravellerRowPolicy(policy);
  const places = new RowPlaces();
  return {
    dataSource: runtime.dataSource,
    loaders: createTravellersLoaders(runtime.dataSource, rows, places),
    reference: agreementsReference(
      runtime.peers.agreements ?? DEFAULT_SUBGRAPH_URLS.agreements,
      runtime.serviceToken,
      runtime.upstreamSecret,
    ),
    access,
    policy,
    rows,
    places,
    actor: access.claims.subject,
  };
}
