import { foreignEntity } from "@frontera/federation";
import { Directive, Field } from "type-graphql";
import { Direction } from "../crossing/crossing.entity";

/**
 * What cargo supplies with its trips and shipments for the driver travellers adds to them
 * (@requires): the driver is seen at the trip's port, in the trip's direction (docs/southbound.md).
 */
export const DRIVEN_FROM_PORT = { scopes: ["cargo:manifest:read"], external: ["portCode", "driverId"] } as const;

/** Adds cargo's `direction` as an external field of a stub: an enum, where foreignEntity's are IDs. */
function withDirection<Stub extends abstract new () => object>(
  stub: Stub,
): Stub & (new () => { direction: Direction }) {
  Directive("@external")(stub.prototype, "direction");
  Field(() => Direction, { nullable: true })(stub.prototype, "direction");
  return stub as Stub & (new () => { direction: Direction });
}

// Owned by the cargo subgraph; travellers contributes the driver and the driver's crossing.
export const Trip = withDirection(foreignEntity({ name: "Trip", key: "tripNumber", ...DRIVEN_FROM_PORT }));
export type Trip = InstanceType<typeof Trip>;

export { withDirection };
