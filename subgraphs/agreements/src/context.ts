import { type Access } from "@frontera/auth";
import { type SubgraphRuntime } from "@frontera/service";
import { type DataSource } from "typeorm";
import { type AgreementsLoaders, createAgreementsLoaders } from "./loaders";

export interface AgreementsContext {
  dataSource: DataSource;
  loaders: AgreementsLoaders;
  /** What the caller may see; the token subject is recorded with every change. */
  access: Access;
  actor: string;
}

export function createAgreementsContext(runtime: SubgraphRuntime, access: Access): AgreementsContext {
  return {
    dataSource: runtime.dataSource,
    loaders: createAgreementsLoaders(runtime.dataSource, access),
    access,
    actor: access.claims.subject,
  };
}
