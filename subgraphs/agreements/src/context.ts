import { type Access, AccessPolicy } from "@frontera/auth";
import { RowPlaces } from "@frontera/federation";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { type AgreementsLoaders, createAgreementsLoaders } from "./loaders";

export interface AgreementsContext {
  dataSource: DataSource;
  loaders: AgreementsLoaders;
  /** What the caller may see; the token subject is recorded with every change. */
  access: Access;
  /** Which scope holds where, for this caller: every field check asks it. */
  policy: AccessPolicy;
  places: RowPlaces;
  actor: string;
}

export function createAgreementsContext(runtime: SubgraphRuntime, access: Access): AgreementsContext {
  return {
    dataSource: runtime.dataSource,
    loaders: createAgreementsLoaders(runtime.dataSource, access),
    access,
    policy: new AccessPolicy(access),
    places: new RowPlaces(),
    actor: access.claims.subject,
  };
}
