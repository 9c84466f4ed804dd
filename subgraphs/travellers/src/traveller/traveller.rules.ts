import { type InputProblems } from "@frontera/federation";
import { checkMrz } from "@frontera/identifiers";
import { documentNumberKey } from "../document/travel-document.entity";
import { type RegisterTravellerInput, type TravelDocumentInput } from "./traveller.inputs";

const NAME = /^[\p{L}][\p{L}' .-]{0,119}$/u;

export function checkNewTraveller(input: RegisterTravellerInput, problems: InputProblems): void {
  problems.check(NAME.test(input.familyName.trim()), "input.familyName", "letters, spaces, apostrophes and hyphens");
  problems.check(NAME.test(input.givenNames.trim()), "input.givenNames", "letters, spaces, apostrophes and hyphens");
  const today = new Date().toISOString().slice(0, 10);
  problems.check(input.dateOfBirth.toISOString().slice(0, 10) <= today, "input.dateOfBirth", "cannot be in the future");
  problems.check(input.dateOfBirth.getUTCFullYear() >= 1900, "input.dateOfBirth", "before 1900");
  problems.check(input.citizenships.length > 0, "input.citizenships", "at least one country");
}

/**
 * A document's number and, when given, its machine-readable zone: every check digit must hold
 * (the failing one is named), and the MRZ must carry the document's own number.
 */
export function checkTravelDocument(input: TravelDocumentInput, problems: InputProblems): void {
  problems.check(/^[A-Z0-9<-]{5,20}$/.test(input.number), "input.number", "5 to 20 capital letters or digits");
  if (input.mrz === undefined || input.mrz === null) return;
  const result = checkMrz(input.mrz);
  for (const problem of result.problems) problems.add(`input.mrz.${problem.part}`, problem.message);
  if (result.valid) {
    const lines = input.mrz.trim().split(/\r?\n/);
    const printed = lines.length === 2 ? lines[1].slice(0, 9) : lines[0].slice(5, 14);
    problems.check(
      documentNumberKey(printed.replace(/</g, "")) === documentNumberKey(input.number),
      "input.mrz.documentNumber",
      "the MRZ carries another document number",
    );
  }
}
