import { ANONYMOUS_ACTOR } from "./actor";
import { type DataSource } from "typeorm";
import { type AgreementsLoaders, createAgreementsLoaders } from "./loaders";

export interface AgreementsContext {
  dataSource: DataSource;
  loaders: AgreementsLoaders;
  /** Recorded with every change: who made it. */
  actor: string;
}

export function createAgreementsContext(dataSource: DataSource): AgreementsContext {
  return { dataSource, loaders: createAgreementsLoaders(dataSource), actor: ANONYMOUS_ACTOR };
}
