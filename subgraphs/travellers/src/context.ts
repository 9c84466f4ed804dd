import { type Access } from "@frontera/auth";
import { type CallerContext, callerContext } from "@frontera/federation";
import { type AgreementsReference, agreementsReferenceOf } from "@frontera/agreements-client";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { TravellerRowPolicy } from "./access/traveller-row-policy";
import { type TravellersLoaders, createTravellersLoaders } from "./loaders";

export interface TravellersContext extends CallerContext {
  dataSource: DataSource;
  loaders: TravellersLoaders;
  /** Ports and programs as the agreements subgraph has them. */
  reference: AgreementsReference;
  /** The rows this caller may see, as SQL and as checks. */
  rows: TravellerRowPolicy;
}

export function createTravellersContext(runtime: SubgraphRuntime, access: Access): TravellersContext {
  const caller = callerContext(access);
  const rows = new TravellerRowPolicy(caller.policy);
  return {
    ...caller,
    dataSource: runtime.dataSource,
    loaders: createTravellersLoaders(runtime.dataSource, rows, caller.places),
    reference: agreementsReferenceOf(runtime),
    rows,
  };
}
