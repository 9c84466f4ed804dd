import { type DataSource } from "typeorm";
import { type TravellersLoaders, createTravellersLoaders } from "./loaders";

export interface TravellersContext {
  dataSource: DataSource;
  loaders: TravellersLoaders;
}

export function createTravellersContext(dataSource: DataSource): TravellersContext {
  return { dataSource, loaders: createTravellersLoaders(dataSource) };
}
