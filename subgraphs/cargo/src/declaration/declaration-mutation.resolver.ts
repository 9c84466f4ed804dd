import { scopeDirective } from "@frontera/auth";
import { randomUUID } from "node:crypto";
import { InputProblems, runIdempotent } from "@frontera/federation";
import { checkPedimento, checkUsEntryNumber, normalisePedimento } from "@frontera/identifiers";
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { type CargoContext } from "../context";
import { Shipment } from "../shipment/shipment.entity";
import { Declaration, DeclarationKind } from "./declaration.entity";
import { FileDeclarationPayload } from "./declaration.payloads";

@InputType({ description: "A customs declaration to file for a shipment." })
export class DeclarationInput {
  @Field(() => ID, { description: "The shipment declared." })
  shipmentControlNumber: string;

  @Field(() => ID, { description: "CBP for a US entry; the Mexican customs authority for a pedimento." })
  authorityCode: string;

  @Field(() => DeclarationKind, { description: "A US entry or a Mexican pedimento." })
  kind: DeclarationKind;

  @Field({ description: "The entry number, or the 15-digit pedimento number (spaces allowed)." })
  number: string;

  @Field({ description: "When it was filed; not in the future." })
  filedAt: Date;
}

const KEY = { nullable: true, description: "Retrying with the same key and arguments writes once." } as const;

@Resolver(() => Declaration)
export class DeclarationMutationResolver {
  @Directive(scopeDirective("cargo:write"))
  @Mutation(() => FileDeclarationPayload.type, {
    nullable: true,
    description: "Files a US entry or a Mexican pedimento for a shipment.",
  })
  async fileDeclaration(
    @Arg("input", () => DeclarationInput, { description: "The declaration to file." }) input: DeclarationInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    return FileDeclarationPayload.run(async () => {
      const reference = await context.reference.get();
      const number = input.kind === DeclarationKind.MX_PEDIMENTO ? normalisePedimento(input.number) : input.number;
      const id = await runIdempotent(
        context.dataSource,
        { caller: context.actor, key: idempotencyKey, operation: "fileDeclaration", arguments: input },
        async (manager) => {
          const problems = new InputProblems();
          const shipment = await manager
            .getRepository(Shipment)
            .existsBy({ shipmentControlNumber: input.shipmentControlNumber });
          problems.check(
            shipment,
            "input.shipmentControlNumber",
            `no shipment ${input.shipmentControlNumber}`,
            "NOT_FOUND",
          );
          const country = reference.agencies.get(input.authorityCode);
          if (input.kind === DeclarationKind.US_ENTRY) {
            problems.check(input.authorityCode === "CBP", "input.authorityCode", "US entries are filed with CBP");
            const wrong = checkUsEntryNumber(number);
            if (wrong) problems.add("input.number", wrong);
          } else {
            problems.check(
              country === "MX",
              "input.authorityCode",
              "a pedimento is filed with the Mexican customs authority",
            );
            const wrong = checkPedimento(number);
            if (wrong) problems.add("input.number", wrong);
          }
          problems.check(
            input.filedAt.getTime() <= Date.now() + 5 * 60_000,
            "input.filedAt",
            "cannot be in the future",
          );
          const duplicate = await manager.getRepository(Declaration).existsBy({ kind: input.kind, number });
          problems.check(!duplicate, "input.number", `a ${input.kind} ${number} is already on file`, "ALREADY_EXISTS");
          problems.throwIfAny();
          const declarationId = randomUUID();
          await manager.getRepository(Declaration).insert({
            id: declarationId,
            shipmentControlNumber: input.shipmentControlNumber,
            authorityCode: input.authorityCode,
            kind: input.kind,
            number,
            filedAt: input.filedAt,
          });
          return declarationId;
        },
      );
      return context.dataSource.getRepository(Declaration).findOneByOrFail({ id });
    });
  }
}
