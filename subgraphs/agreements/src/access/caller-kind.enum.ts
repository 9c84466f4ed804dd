import { registerEnumType } from "type-graphql";

/** The kinds of token bearer; the values are the `kind` claim's spellings. */
export enum CallerKind {
  INTERNAL = "internal",
  PARTNER = "partner",
  SERVICE = "service",
}

registerEnumType(CallerKind, {
  name: "CallerKind",
  description: "Who a token speaks for: this decides whether arrangements limit what it sees.",
  valuesConfig: {
    INTERNAL: { description: "An officer or system of an internal agency (CBP by default): not row-limited." },
    PARTNER: { description: "A partner agency: sees only what its active arrangements grant, at their ports." },
    SERVICE: { description: "A Frontera service acting for itself, such as the gateway recording disclosures." },
  },
});
