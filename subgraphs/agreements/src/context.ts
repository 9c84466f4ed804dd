import { type Access } from "@frontera/auth";
import { type CallerContext, callerContext } from "@frontera/federation";
import { type SubgraphRuntime } from "@frontera/subgraph";
import { type DataSource } from "typeorm";
import { type AgreementsLoaders, createAgreementsLoaders } from "./loaders";
import { AssistanceRows } from "./assistance/assistance-rows";
import { type CargoSubjects, cargoSubjectsOf } from "./assistance/cargo-subjects";

export interface AgreementsContext extends CallerContext {
  dataSource: DataSource;
  loaders: AgreementsLoaders;
  /** Which assistance requests this caller's agency sees, and on which side. */
  assistanceRows: AssistanceRows;
  /** Asks cargo whether an assistance request's subject exists, and where. */
  cargoSubjects: CargoSubjects;
}

export function createAgreementsContext(runtime: SubgraphRuntime, access: Access): AgreementsContext {
  const caller = callerContext(access);
  const assistanceRows = new AssistanceRows(caller.policy, access.claims.agency);
  return {
    ...caller,
    dataSource: runtime.dataSource,
    loaders: createAgreementsLoaders(runtime.dataSource, access, assistanceRows),
    assistanceRows,
    cargoSubjects: cargoSubjectsOf(runtime),
  };
}
