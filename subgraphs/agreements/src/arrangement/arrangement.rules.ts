import { DATA_SHARING_SCOPES, NEVER_SHARED_SCOPES, isScope } from "@frontera/auth";
import { type InputProblems } from "@frontera/federation";
import { type EntityManager, In } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { AgreementParty } from "../agreement/agreement-links.entity";
import { Agreement } from "../agreement/agreement.entity";
import { AgreementStatus } from "../agreement/agreement.enums";
import { PortOfEntry } from "../port/port.entity";
import { ArrangementCoverage } from "./arrangement.enums";
import { type CreateArrangementInput } from "./arrangement.inputs";

const sharable = new Set<string>(DATA_SHARING_SCOPES);

function checkScopes(problems: InputProblems, scopes: string[]): void {
  problems.check(scopes.length > 0, "input.scopes", "grant at least one scope");
  scopes.forEach((scope, i) => {
    const field = `input.scopes[${i}]`;
    if (!isScope(scope)) problems.add(field, `"${scope}" is not a scope of the vocabulary`);
    else if (NEVER_SHARED_SCOPES.includes(scope)) {
      problems.add(field, `${scope} is never granted to a partner`, "SCOPE_NOT_SHARABLE");
    } else if (!sharable.has(scope)) problems.add(field, `${scope} is not a data-sharing scope`, "SCOPE_NOT_SHARABLE");
  });
  problems.check(new Set(scopes).size === scopes.length, "input.scopes", "lists a scope twice");
}

/**
 * An agency, the agencies it succeeded and the departments and governments above each: an
 * agreement its predecessor signed binds it too, and so does one its department or its government
 * signed (the 2000 customs agreement is between the governments; DHS signed for CBP).
 */
export async function lineage(manager: EntityManager, agency: Agency): Promise<string[]> {
  const codes: string[] = [];
  const pending: (Agency | null)[] = [agency];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || codes.includes(current.code)) continue;
    codes.push(current.code);
    for (const next of [current.predecessorCode, current.parentCode]) {
      if (next && !codes.includes(next)) pending.push(await manager.getRepository(Agency).findOneBy({ code: next }));
    }
  }
  return codes;
}

/** ALL_PORTS lists no port; LISTED_PORTS lists at least one, each a known port of entry. */
async function checkCoverage(
  manager: EntityManager,
  input: CreateArrangementInput,
  problems: InputProblems,
): Promise<void> {
  if (input.directions) {
    problems.check(input.directions.length > 0, "input.directions", "list at least one direction, or leave it out");
  }
  const listed = input.portCodes ?? [];
  if (input.coverage === ArrangementCoverage.ALL_PORTS) {
    problems.check(listed.length === 0, "input.portCodes", "must be empty when coverage is ALL_PORTS");
    return;
  }
  problems.check(listed.length > 0, "input.portCodes", "list at least one port when coverage is LISTED_PORTS");
  const known = new Set(
    (
      await manager
        .getRepository(PortOfEntry)
        .find({ select: { code: true }, where: { code: In([...new Set(listed)]) } })
    ).map((port) => port.code),
  );
  listed.forEach((code, i) =>
    problems.check(known.has(code), `input.portCodes[${i}]`, `no port of entry ${code}`, "NOT_FOUND"),
  );
}

/**
 * The rules of a new arrangement: known agencies, a scope list from the vocabulary that never
 * includes risk:read, a SIGNED or IN_FORCE agreement both agencies (or their predecessors) are
 * (or a department or government above them) are parties to, a stated coverage with known ports, and a validity that ends after it starts.
 */
export async function checkNewArrangement(
  manager: EntityManager,
  input: CreateArrangementInput,
  problems: InputProblems,
): Promise<void> {
  const agencies = manager.getRepository(Agency);
  const provider = await agencies.findOneBy({ code: input.providerCode });
  const recipient = await agencies.findOneBy({ code: input.recipientCode });
  problems.check(provider !== null, "input.providerCode", `no agency ${input.providerCode}`, "NOT_FOUND");
  problems.check(recipient !== null, "input.recipientCode", `no agency ${input.recipientCode}`, "NOT_FOUND");
  problems.check(
    input.providerCode !== input.recipientCode,
    "input.recipientCode",
    "an agency does not share data with itself",
  );
  checkScopes(problems, input.scopes);

  const agreement = await manager.getRepository(Agreement).findOneBy({ id: input.agreementId });
  if (!agreement) {
    problems.add("input.agreementId", `no agreement ${input.agreementId}`, "NOT_FOUND");
  } else {
    problems.check(
      agreement.status === AgreementStatus.SIGNED || agreement.status === AgreementStatus.IN_FORCE,
      "input.agreementId",
      `agreement ${agreement.id} is ${agreement.status}; it must be SIGNED or IN_FORCE`,
      "AGREEMENT_NOT_IN_FORCE",
    );
    const parties = new Set(
      (await manager.getRepository(AgreementParty).findBy({ agreementId: agreement.id })).map((p) => p.agencyCode),
    );
    for (const [role, agency] of [
      ["provider", provider],
      ["recipient", recipient],
    ] as const) {
      if (!agency) continue;
      const bound = (await lineage(manager, agency)).some((code) => parties.has(code));
      problems.check(
        bound,
        "input.agreementId",
        `${agency.code} (${role}) is not a party to ${agreement.id}`,
        "NOT_A_PARTY",
      );
    }
  }

  await checkCoverage(manager, input, problems);

  problems.check(input.purpose.trim().length > 0, "input.purpose", "must say what the data is for");
  problems.check(input.purpose.length <= 500, "input.purpose", "at most 500 characters");
  if (input.validTo) {
    problems.check(input.validTo > input.validFrom, "input.validTo", "must be after validFrom");
  }
}
