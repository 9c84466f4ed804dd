export { agreementsSubgraph } from "./subgraph";
export { buildAgreementsSchema } from "./schema";
