import { scopeDirective } from "@frontera/auth";
import { GraphQLDate } from "graphql-scalars";
import { Directive, Field, ObjectType } from "type-graphql";
import { Agency } from "../agency/agency.stub";

@Directive(scopeDirective("inspection:read", "inspection:agri:read"))
@ObjectType({ description: "The phytosanitary certificate that travels with plant products." })
export class PhytoCertificate {
  @Field()
  number: string;

  @Field(() => Agency, {
    nullable: true,
    description: "The plant protection organisation that issued it (SENASICA, APHIS).",
  })
  issuingAgency: Agency;

  @Field({ description: "Issued electronically (ePhyto) rather than on paper." })
  electronic: boolean;

  @Field(() => GraphQLDate)
  issuedOn: string;
}
