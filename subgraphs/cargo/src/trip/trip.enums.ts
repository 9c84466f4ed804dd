import { registerEnumType } from "type-graphql";

export enum Lane {
  STANDARD = "STANDARD",
  FAST = "FAST",
  UCP = "UCP",
}

registerEnumType(Lane, { name: "Lane", description: "The commercial lane a truck crosses in." });
