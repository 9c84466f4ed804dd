import { registerEnumType } from "type-graphql";
import { Direction } from "@frontera/code-lists";

// The code list's enum, as cargo and travellers serve it too: its description must read the same
// in every subgraph that registers it.
export { Direction };

registerEnumType(Direction, {
  name: "Direction",
  description: "Which way across the border a crossing, a trip or a shipment went.",
  valuesConfig: {
    NORTHBOUND: { description: "From Mexico into the United States." },
    SOUTHBOUND: { description: "From the United States into Mexico." },
  },
});
