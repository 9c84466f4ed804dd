import { scopeDirective } from "@frontera/auth";
import { Directive, Field, ObjectType } from "type-graphql";

@Directive(scopeDirective("cargo:pedimento:read"))
@ObjectType({ description: "A goods line's Mexican tariff line on the pedimento: TIGIE fraction and NICO." })
export class MexicanTariffLine {
  @Field({ description: "The TIGIE tariff fraction, 8 digits." })
  fraction: string;

  @Field({ description: "The NICO (número de identificación comercial), 2 digits." })
  nico: string;
}
