import { scopeDirective } from "@frontera/auth";
import { GraphQLCurrency, GraphQLSafeInt } from "graphql-scalars";
import { Directive, Field, ObjectType } from "type-graphql";

// ISO 4217 minor-unit exponents of the currencies this graph sees; every other one has two.
const EXPONENT: Record<string, number> = { JPY: 0 };

@Directive(scopeDirective("cargo:commercial:read"))
@ObjectType({ description: "An amount of money: integer minor units and an ISO 4217 currency." })
export class Money {
  @Field(() => GraphQLSafeInt, { description: "In minor units (cents, centavos)." })
  minorUnits: number;

  @Field(() => GraphQLCurrency)
  currency: string;

  @Field({ description: "The amount as a decimal string, e.g. 1234.50." })
  get amount(): string {
    const exponent = EXPONENT[this.currency] ?? 2;
    const negative = this.minorUnits < 0;
    const digits = String(Math.abs(this.minorUnits)).padStart(exponent + 1, "0");
    const units = exponent ? `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` : digits;
    return negative ? `-${units}` : units;
  }
}

export function money(minorUnits: number, currency: string): Money {
  return Object.assign(new Money(), { minorUnits, currency });
}
