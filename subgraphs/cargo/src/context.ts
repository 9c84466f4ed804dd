import { type Access, AccessPolicy } from "@frontera/auth";
import { RowPlaces } from "@frontera/federation";
import { type AgreementsReference, agreementsReference } from "@frontera/agreements-client";
import { DEFAULT_SUBGRAPH_URLS } from "@frontera/config";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { CargoRowPolicy } from "./access/cargo-row-policy";
import { type CargoLoaders, createCargoLoaders } from "./loaders";

export interface CargoContext {
  dataSource: DataSource;
  loaders: CargoLoaders;
  /** Ports, programs and agencies as the agreements subgraph has them. */
  reference: AgreementsReference;
  access: Access;
  /** Which scope holds where, for this caller: every row filter and field check asks it. */
  policy: AccessPolicy;
  /** The rows this caller may see, as SQL and as checks; every query and loader goes through it. */
  rows: CargoRowPolicy;
  places: RowPlaces;
  /** Recorded with every change: the token's subject. */
  actor: string;
  /** Tells a worker of this process (the crossing relay) that a commit gave it work. */
  wake(worker: string): void;
}

export function createCargoContext(runtime: SubgraphRuntime, access: Access): CargoContext {
  const policy = new AccessPolicy(access);
  const rows = new CargoRowPolicy(policy);
  return {
    dataSource: runtime.dataSource,
    loaders: createCargoLoaders(runtime.dataSource, rows),
    reference: agreementsReference(
      runtime.peers.agreements ?? DEFAULT_SUBGRAPH_URLS.agreements,
      runtime.serviceToken,
      runtime.upstreamSecret,
    ),
    access,
    policy,
    rows,
    places: new RowPlaces(),
    actor: access.claims.subject,
    wake: runtime.wake,
  };
}
