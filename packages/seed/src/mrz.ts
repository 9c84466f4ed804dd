import { Sex } from "@frontera/code-lists";
import { mrzCheckDigit } from "@frontera/identifiers";

export const ALPHA3: Record<string, string> = { MX: "MEX", US: "USA" };

/** ICAO 9303 transliteration of a name: no accents (Ñ → N), capitals, '<' between words. */
export function mrzName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/[^A-Z]+/g, "<")
    .replace(/^<|<$/g, "");
}

const pad = (text: string, length: number) => text.padEnd(length, "<").slice(0, length);
const yymmdd = (isoDate: string) => isoDate.slice(2, 10).replace(/-/g, "");
const withCheck = (field: string) => `${field}${mrzCheckDigit(field)}`;

export interface MrzHolder {
  documentCode: string;
  issuingCountry: string;
  number: string;
  familyName: string;
  givenNames: string;
  nationality: string;
  dateOfBirth: string;
  sex: Sex;
  expiresOn: string;
}

/** A passport's two 44-character lines (TD3), with every check digit computed. */
export function td3Mrz(holder: MrzHolder): string {
  const names = `${mrzName(holder.familyName)}<<${mrzName(holder.givenNames)}`;
  const line1 = pad(`${pad(holder.documentCode, 2)}${ALPHA3[holder.issuingCountry]}${names}`, 44);
  const sex = holder.sex === Sex.X ? "<" : holder.sex;
  const head = `${withCheck(pad(holder.number, 9))}${ALPHA3[holder.nationality]}${withCheck(yymmdd(holder.dateOfBirth))}${sex}${withCheck(yymmdd(holder.expiresOn))}${withCheck(pad("", 14))}`;
  const composite = head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43);
  return `${line1}\n${head}${mrzCheckDigit(composite)}`;
}

/** A card's three 30-character lines (TD1), with every check digit computed. */
export function td1Mrz(holder: MrzHolder): string {
  const line1 = pad(
    `${pad(holder.documentCode, 2)}${ALPHA3[holder.issuingCountry]}${withCheck(pad(holder.number, 9))}`,
    30,
  );
  const sex = holder.sex === Sex.X ? "<" : holder.sex;
  const line2Head = `${withCheck(yymmdd(holder.dateOfBirth))}${sex}${withCheck(yymmdd(holder.expiresOn))}${ALPHA3[holder.nationality]}`;
  const line2Body = pad(line2Head, 29);
  const composite = line1.slice(5, 30) + line2Body.slice(0, 7) + line2Body.slice(8, 15) + line2Body.slice(18, 29);
  const line3 = pad(`${mrzName(holder.familyName)}<<${mrzName(holder.givenNames)}`, 30);
  return `${line1}\n${line2Body}${mrzCheckDigit(composite)}\n${line3}`;
}
