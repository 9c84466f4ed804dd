import { type Access } from "@frontera/auth";
import { type CallerContext, callerContext } from "@frontera/federation";
import { type AgreementsReference, agreementsReferenceOf } from "@frontera/agreements-client";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { CargoRowPolicy } from "./access/cargo-row-policy";
import { type CargoLoaders, createCargoLoaders } from "./loaders";

export interface CargoContext extends CallerContext {
  dataSource: DataSource;
  loaders: CargoLoaders;
  /** Ports, programs and agencies as the agreements subgraph has them. */
  reference: AgreementsReference;
  /** The rows this caller may see, as SQL and as checks; every query and loader goes through it. */
  rows: CargoRowPolicy;
  /** Tells a worker of this process (the crossing relay) that a commit gave it work. */
  wake(worker: string): void;
}

export function createCargoContext(runtime: SubgraphRuntime, access: Access): CargoContext {
  const caller = callerContext(access);
  const rows = new CargoRowPolicy(caller.policy);
  return {
    ...caller,
    dataSource: runtime.dataSource,
    loaders: createCargoLoaders(runtime.dataSource, rows),
    reference: agreementsReferenceOf(runtime),
    rows,
    wake: runtime.wake,
  };
}
