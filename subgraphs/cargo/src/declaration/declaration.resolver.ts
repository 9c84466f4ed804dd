import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Agency } from "../agency/agency.stub";
import { type CargoContext } from "../context";
import { Shipment } from "../shipment/shipment.entity";
import { Declaration } from "./declaration.entity";

@Resolver(() => Declaration)
export class DeclarationResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "CBP for an entry; SAT or ANAM for a pedimento." })
  authority(@Root() declaration: Declaration): Agency {
    return { code: declaration.authorityCode };
  }

  @FieldResolver(() => Shipment, { nullable: true })
  shipment(@Root() declaration: Declaration, @Ctx() { loaders }: CargoContext): Promise<Shipment | null> {
    return loaders.shipmentByControlNumber.load(declaration.shipmentControlNumber);
  }
}

export function resolveDeclarationReference(reference: { declarationId: string }, { loaders }: CargoContext) {
  return loaders.declarationById.load(reference.declarationId);
}
