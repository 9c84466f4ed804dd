import { scopeDirective } from "@frontera/auth";
import { randomUUID } from "node:crypto";
import { InputProblems, runIdempotent } from "@frontera/federation";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from "type-graphql";
import { type CargoContext } from "../context";
import { Shipment } from "../shipment/shipment.entity";
import { RiskAssessment } from "./risk-assessment.entity";
import { AssessRiskPayload } from "./risk.payloads";

@InputType({ description: "CBP's targeting assessment of a shipment." })
export class RiskAssessmentInput {
  @Field(() => ID, { description: "The shipment assessed." })
  shipmentControlNumber: string;

  @Field(() => Int, { description: "0 to 100." })
  score: number;

  @Field(() => [String], { defaultValue: [], description: "Rule identifiers, e.g. ROUTING_ANOMALY." })
  rulesHit: string[];

  @Field({ nullable: true, description: "Defaults to now." })
  assessedAt?: Date;
}

const KEY = { nullable: true, description: "Retrying with the same key and arguments writes once." } as const;

@Resolver(() => RiskAssessment)
export class RiskAssessmentResolver {
  @Directive(scopeDirective("cargo:write"))
  @Mutation(() => AssessRiskPayload.type, {
    nullable: true,
    description: "Records CBP's targeting assessment of a shipment (risk:read to read).",
  })
  async assessRisk(
    @Arg("input", () => RiskAssessmentInput, { description: "The shipment to assess." }) input: RiskAssessmentInput,
    @Arg("idempotencyKey", () => String, KEY) idempotencyKey: string | null,
    @Ctx() context: CargoContext,
  ) {
    return AssessRiskPayload.run(async () => {
      const id = await runIdempotent(
        context.dataSource,
        { caller: context.actor, key: idempotencyKey, operation: "assessRisk", arguments: input },
        async (manager) => {
          const problems = new InputProblems();
          const exists = await manager
            .getRepository(Shipment)
            .existsBy({ shipmentControlNumber: input.shipmentControlNumber });
          problems.check(
            exists,
            "input.shipmentControlNumber",
            `no shipment ${input.shipmentControlNumber}`,
            "NOT_FOUND",
          );
          problems.check(input.score >= 0 && input.score <= 100, "input.score", "0 to 100");
          input.rulesHit.forEach((rule, i) =>
            problems.check(
              /^[A-Z][A-Z0-9_]{1,39}$/.test(rule),
              `input.rulesHit[${i}]`,
              "an upper-case rule identifier",
            ),
          );
          problems.throwIfAny();
          const assessmentId = randomUUID();
          await manager.getRepository(RiskAssessment).insert({
            id: assessmentId,
            shipmentControlNumber: input.shipmentControlNumber,
            score: input.score,
            rulesHit: input.rulesHit,
            assessedAt: input.assessedAt ?? new Date(),
          });
          return assessmentId;
        },
      );
      return context.dataSource.getRepository(RiskAssessment).findOneByOrFail({ id });
    });
  }

  @FieldResolver(() => Shipment, { nullable: true, description: "The shipment assessed." })
  shipment(@Root() assessment: RiskAssessment, @Ctx() { loaders }: CargoContext): Promise<Shipment | null> {
    return loaders.shipmentByControlNumber.load(assessment.shipmentControlNumber);
  }
}
