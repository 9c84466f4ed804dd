import { Lane, TRUCK_LANES } from "@frontera/code-lists";
import { registerEnumType } from "type-graphql";

// The code list's Lane (packages/code-lists), registered once here as the GraphQL enum both
// subgraphs that record crossings serve: they import it from here, registered.
export { Lane, TRUCK_LANES };

registerEnumType(Lane, {
  name: "Lane",
  description: "The lane of a port of entry a truck or a person crossed in (or a trip is filed for).",
  valuesConfig: {
    STANDARD: { description: "The general lane, for trucks and people alike." },
    READY: { description: "Ready Lane (people): every traveller in the vehicle holds an RFID card." },
    SENTRI: { description: "SENTRI (people): members with an active SENTRI membership only." },
    FAST: {
      description:
        "Free and Secure Trade (trucks): a FAST driver, carrier and importer only; the driver needs an active FAST membership.",
    },
    UCP: {
      description: "Unified Cargo Processing (trucks): one joint exam by both customs services, at ports that run it.",
    },
  },
});
