import { type InputProblems } from "@frontera/federation";
import { type EntityManager } from "typeorm";
import { Agency } from "../agency/agency.entity";
import { Program } from "../program/program.entity";
import { type AgreementSnapshot } from "./agreement-version.entity";
import { Agreement } from "./agreement.entity";
import { type ReferenceSource } from "../source/source.type";
import { AgreementStatus, EffectiveFromBasis } from "./agreement.enums";

export const AGREEMENT_ID_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An agreement as it would be after the mutation, before anything is written. */
export type AgreementDraft = AgreementSnapshot & { id: string; supersedes: string[] };

async function missingKeys(
  manager: EntityManager,
  entity: typeof Agency | typeof Program | typeof Agreement,
  column: "code" | "id",
  keys: string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows: Array<Record<string, unknown>> = await manager
    .createQueryBuilder(entity, "row")
    .select(`row.${column}`, "key")
    .where(`row.${column} IN (:...keys)`, { keys })
    .getRawMany();
  const found = new Set(rows.map((row) => String(row.key)));
  return new Set(keys.filter((key) => !found.has(key)));
}

function checkText(problems: InputProblems, field: string, value: string | null, max: number, required = false) {
  if (value === null || value === undefined) {
    problems.check(!required, field, "is required");
    return;
  }
  problems.check(value.trim().length > 0, field, "must not be blank");
  problems.check(value.length <= max, field, `at most ${max} characters`);
}

const ISO_DATE_AT_ANY_PRECISION = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A source names its title and publisher; its date is ISO 8601 at the precision it gives; its URL is http(s). */
function checkSource(problems: InputProblems, field: string, source: ReferenceSource) {
  checkText(problems, `${field}.title`, source.title, 300, true);
  checkText(problems, `${field}.publisher`, source.publisher, 200, true);
  checkText(problems, `${field}.note`, source.note, 500);
  if (source.publishedOn !== null) {
    problems.check(
      ISO_DATE_AT_ANY_PRECISION.test(source.publishedOn),
      `${field}.publishedIn`,
      "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD",
    );
  }
  if (source.url !== null) {
    problems.check(source.url.length <= 500, `${field}.url`, "at most 500 characters");
    problems.check(/^https?:\/\/[^\s/]+\S*$/.test(source.url), `${field}.url`, "must be an http(s) address");
  }
  source.facts.forEach((fact, i) => checkText(problems, `${field}.facts[${i}]`, fact, 64, true));
}

/**
 * The rules every recorded agreement keeps, whether created or amended: at least two known
 * parties, dates in order, an effective date that agrees with its stated basis, known programs.
 */
export async function checkAgreementDraft(
  manager: EntityManager,
  draft: AgreementDraft,
  problems: InputProblems,
): Promise<void> {
  checkText(problems, "input.title", draft.title, 300, true);
  checkText(problems, "input.titleEs", draft.titleEs, 300);
  checkText(problems, "input.signingPlace", draft.signedAt, 120);
  draft.sources.forEach((source, i) => checkSource(problems, `input.sources[${i}]`, source));

  const parties = [...new Set(draft.parties)];
  problems.check(parties.length === draft.parties.length, "input.partyCodes", "lists an agency twice");
  problems.check(parties.length >= 2, "input.partyCodes", "an agreement has at least two parties");
  const unknownParties = await missingKeys(manager, Agency, "code", parties);
  draft.parties.forEach((code, i) =>
    problems.check(!unknownParties.has(code), `input.partyCodes[${i}]`, `no agency ${code}`, "NOT_FOUND"),
  );
  const unknownPrograms = await missingKeys(manager, Program, "code", draft.programs);
  draft.programs.forEach((code, i) =>
    problems.check(!unknownPrograms.has(code), `input.programCodes[${i}]`, `no program ${code}`, "NOT_FOUND"),
  );

  const { effectiveFrom, effectiveFromBasis, signedOn, expiresOn } = draft;
  if (effectiveFromBasis === EffectiveFromBasis.STATED) {
    problems.check(effectiveFrom !== null, "input.effectiveFrom", "is required when effectiveFromBasis is STATED");
  }
  if (effectiveFromBasis === EffectiveFromBasis.UNKNOWN) {
    problems.check(effectiveFrom === null, "input.effectiveFrom", "must be null when effectiveFromBasis is UNKNOWN");
  }
  if (effectiveFromBasis === EffectiveFromBasis.ASSUMED_ON_SIGNATURE) {
    problems.check(
      effectiveFrom === signedOn,
      "input.effectiveFrom",
      "must equal signedOn when effectiveFromBasis is ASSUMED_ON_SIGNATURE",
    );
  }
  if (effectiveFrom && signedOn) {
    problems.check(effectiveFrom >= signedOn, "input.effectiveFrom", "cannot be before signedOn");
  }
  const startsOn = effectiveFrom ?? signedOn;
  if (expiresOn && startsOn) {
    problems.check(expiresOn > startsOn, "input.expiresOn", "must be after the agreement takes effect");
  }
}

/** Rules that hold only when an agreement is first recorded. */
export async function checkNewAgreement(
  manager: EntityManager,
  draft: AgreementDraft,
  problems: InputProblems,
): Promise<void> {
  problems.check(
    AGREEMENT_ID_FORMAT.test(draft.id) && draft.id.length <= 64,
    "input.id",
    "lowercase letters, digits and single hyphens, at most 64 characters",
  );
  if (problems.empty) {
    const taken = await manager.getRepository(Agreement).existsBy({ id: draft.id });
    problems.check(!taken, "input.id", `an agreement ${draft.id} already exists`, "ALREADY_EXISTS");
  }
  problems.check(
    draft.status === AgreementStatus.SIGNED || draft.status === AgreementStatus.IN_FORCE,
    "input.status",
    "a new agreement is SIGNED or IN_FORCE",
  );
  const unknown = await missingKeys(manager, Agreement, "id", draft.supersedes);
  draft.supersedes.forEach((id, i) => {
    problems.check(!unknown.has(id), `input.supersededAgreementIds[${i}]`, `no agreement ${id}`, "NOT_FOUND");
    problems.check(id !== draft.id, `input.supersededAgreementIds[${i}]`, "an agreement cannot supersede itself");
  });
  await checkAgreementDraft(manager, draft, problems);
}
