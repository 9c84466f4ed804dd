import { Sex } from "@frontera/code-lists";
import { checkMrz } from "@frontera/identifiers";
import { mrzName, td1Mrz, td3Mrz } from "../../src/mrz";

const holder = {
  documentCode: "P",
  issuingCountry: "MX",
  number: "G12345678",
  familyName: "Peña Muñoz",
  givenNames: "José Ángel",
  nationality: "MX",
  dateOfBirth: "1984-02-29",
  sex: Sex.M,
  expiresOn: "2031-06-30",
};

describe("generated machine-readable zones", () => {
  it("transliterate Spanish names as ICAO 9303 says", () => {
    expect(mrzName("Peña Muñoz")).toBe("PENA<MUNOZ");
    expect(mrzName("José Ángel")).toBe("JOSE<ANGEL");
  });

  it("build passports (TD3) and cards (TD1) whose check digits all hold", () => {
    const passport = td3Mrz(holder);
    const card = td1Mrz({ ...holder, documentCode: "I", number: "123456789" });

    expect(passport.split("\n").map((line) => line.length)).toEqual([44, 44]);
    expect(passport.startsWith("P<MEXPENA<MUNOZ<<JOSE<ANGEL<")).toBe(true);
    expect(checkMrz(passport)).toEqual({ valid: true, problems: [] });
    expect(card.split("\n").map((line) => line.length)).toEqual([30, 30, 30]);
    expect(checkMrz(card)).toEqual({ valid: true, problems: [] });
  });
});
