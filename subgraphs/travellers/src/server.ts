export { travellersSubgraph } from "./subgraph";
export { buildTravellersSchema } from "./schema";
