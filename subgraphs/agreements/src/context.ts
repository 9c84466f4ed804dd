import { type DataSource } from "typeorm";
import { type AgreementsLoaders, createAgreementsLoaders } from "./loaders";

export interface AgreementsContext {
  dataSource: DataSource;
  loaders: AgreementsLoaders;
}

export function createAgreementsContext(dataSource: DataSource): AgreementsContext {
  return { dataSource, loaders: createAgreementsLoaders(dataSource) };
}
