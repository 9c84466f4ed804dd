export { cargoSubgraph } from "./subgraph";
export { buildCargoSchema } from "./schema";
