import { Direction } from "@frontera/code-lists";
import { registerEnumType } from "type-graphql";

// The code list's Direction (packages/code-lists), registered once here as the GraphQL enum every
// subgraph serves (crossings, trips, shipments, arrangements): they import it from here,
// registered, so its description reads the same everywhere (docs/southbound.md).
export { Direction };

registerEnumType(Direction, {
  name: "Direction",
  description: "Which way across the border a crossing, a trip or a shipment went.",
  valuesConfig: {
    NORTHBOUND: { description: "From Mexico into the United States." },
    SOUTHBOUND: { description: "From the United States into Mexico." },
  },
});
