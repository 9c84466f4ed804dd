import { type Access } from "@frontera/auth";
import { type CallerContext, callerContext } from "@frontera/federation";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { type AgreementsLoaders, createAgreementsLoaders } from "./loaders";

export interface AgreementsContext extends CallerContext {
  dataSource: DataSource;
  loaders: AgreementsLoaders;
  /** Tells a worker of this process (the disclosure chain) that a commit gave it work. */
  wake(worker: string): void;
}

export function createAgreementsContext(runtime: SubgraphRuntime, access: Access): AgreementsContext {
  return {
    ...callerContext(access),
    dataSource: runtime.dataSource,
    loaders: createAgreementsLoaders(runtime.dataSource, access),
    wake: runtime.wake,
  };
}
