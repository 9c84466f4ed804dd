import { scopeDirective } from "@frontera/auth";
import { InputProblems, naturalKeyArgument, runIdempotent } from "@frontera/federation";
import { RegisteredDocuments } from "@frontera/operations";
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from "type-graphql";
import { type AgreementsContext } from "../context";
import { checkReason } from "../reason";
import { restrictArrangementDocuments } from "./arrangement-documents.commands";
import { DataSharingArrangement } from "./arrangement.entity";
import { RestrictArrangementDocumentsPayload } from "./arrangement.payloads";

// The manifest the gateway accepts documents from (packages/operations): ids outside it could never run.
const registered = new RegisteredDocuments();
const MAX_DOCUMENTS = 100;

@Resolver(() => DataSharingArrangement)
export class ArrangementDocumentsResolver {
  @Directive(scopeDirective("agreements:write"))
  @Mutation(() => RestrictArrangementDocumentsPayload.type, {
    nullable: true,
    description:
      "Restricts an arrangement to a list of registered documents, its purpose made executable: the recipient gets an error and no data for any other document that could read the arrangement's scopes. `documentIds: null` lifts the restriction. Takes effect within 5 seconds.",
  })
  restrictArrangementDocuments(
    @Arg("id", () => ID, { description: "The arrangement's global id, or its arrangementId." }) id: string,
    @Arg("documentIds", () => [ID], {
      nullable: true,
      description: "Ids from the trusted-documents manifest (SHA-256 of each body); null lifts the restriction.",
    })
    documentIds: string[] | null,
    @Arg("reason", () => String, { description: "Why, in words; kept in the arrangement's history." }) reason: string,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "Retrying with the same key and arguments writes once.",
    })
    idempotencyKey: string | null,
    @Ctx() context: AgreementsContext,
  ) {
    const arrangementId = naturalKeyArgument(id, "DataSharingArrangement", "id");
    return RestrictArrangementDocumentsPayload.run(async () => {
      await runIdempotent(
        context.dataSource,
        {
          caller: context.actor,
          key: idempotencyKey,
          operation: "restrictArrangementDocuments",
          arguments: { arrangementId, documentIds, reason },
        },
        async (manager) => {
          const problems = new InputProblems();
          checkReason(problems, reason);
          if (documentIds) {
            problems.check(
              documentIds.length > 0 && documentIds.length <= MAX_DOCUMENTS,
              "documentIds",
              `between 1 and ${MAX_DOCUMENTS} documents (to stop the sharing, suspend the arrangement)`,
            );
            documentIds.forEach((documentId, index) =>
              problems.check(
                registered.withId(documentId) !== undefined,
                `documentIds.${index}`,
                `${documentId} is not a registered document`,
                "UNKNOWN_DOCUMENT",
              ),
            );
          }
          problems.throwIfAny();
          return restrictArrangementDocuments(manager, arrangementId, documentIds, context.actor, reason);
        },
      );
      return context.dataSource.getRepository(DataSharingArrangement).findOneByOrFail({ id: arrangementId });
    });
  }
}
