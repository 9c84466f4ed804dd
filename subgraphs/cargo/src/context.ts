import { type Access } from "@frontera/auth";
import { type AgreementsReference, type SubgraphRuntime, agreementsReference } from "@frontera/service";
import { type DataSource } from "typeorm";
import { CargoVisibility } from "./access/cargo-visibility";
import { type CargoLoaders, createCargoLoaders } from "./loaders";

export interface CargoContext {
  dataSource: DataSource;
  loaders: CargoLoaders;
  /** Ports, programs and agencies as the agreements subgraph has them. */
  reference: AgreementsReference;
  access: Access;
  /** The rows this caller may see; every query and loader goes through it. */
  visibility: CargoVisibility;
  /** Recorded with every change: the token's subject. */
  actor: string;
}

export function createCargoContext(runtime: SubgraphRuntime, access: Access): CargoContext {
  const visibility = new CargoVisibility(access);
  return {
    dataSource: runtime.dataSource,
    loaders: createCargoLoaders(runtime.dataSource, visibility),
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
