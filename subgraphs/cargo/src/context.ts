import { type DataSource } from "typeorm";
import { type CargoLoaders, createCargoLoaders } from "./loaders";

export interface CargoContext {
  dataSource: DataSource;
  loaders: CargoLoaders;
}

export function createCargoContext(dataSource: DataSource): CargoContext {
  return { dataSource, loaders: createCargoLoaders(dataSource) };
}
