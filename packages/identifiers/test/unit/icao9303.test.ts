import { checkMrz, mrzCheckDigit } from "../../src";

// Specimens of ICAO Doc 9303, Part 4 (TD3 passport) and Part 5 (TD1 card).
const TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"];
const TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"];

/** The MRZ with the character at `index` of line `line` replaced. */
function edit(lines: string[], line: number, index: number, char: string): string {
  const copy = [...lines];
  copy[line] = copy[line].slice(0, index) + char + copy[line].slice(index + 1);
  return copy.join("\n");
}

const parts = (mrz: string) => checkMrz(mrz).problems.map((problem) => problem.part);

describe("mrzCheckDigit", () => {
  it("matches the ICAO specimen", () => {
    expect(mrzCheckDigit("L898902C3")).toBe(6);
    expect(mrzCheckDigit("740812")).toBe(2);
    expect(mrzCheckDigit("120415")).toBe(9);
  });

  it("counts the filler as 0 and rejects other characters", () => {
    expect(mrzCheckDigit("<<<<<<")).toBe(0);
    expect(mrzCheckDigit("AB<")).toBe(mrzCheckDigit("AB0"));
    expect(() => mrzCheckDigit("ab1")).toThrow(RangeError);
  });
});

describe("checkMrz", () => {
  it("accepts the TD3 and TD1 specimens", () => {
    expect(checkMrz(TD3.join("\n"))).toEqual({ valid: true, problems: [] });
    expect(checkMrz(TD1.join("\n"))).toEqual({ valid: true, problems: [] });
    expect(checkMrz(TD3.join("\r\n") + "\n").valid).toBe(true);
  });

  it("names the TD3 field a changed digit belongs to, and the composite", () => {
    expect(parts(edit(TD3, 1, 2, "7"))).toEqual(["documentNumber", "composite"]);
    expect(parts(edit(TD3, 1, 14, "5"))).toEqual(["dateOfBirth", "composite"]);
    expect(parts(edit(TD3, 1, 26, "6"))).toEqual(["dateOfExpiry", "composite"]);
    expect(parts(edit(TD3, 1, 30, "7"))).toEqual(["optionalData", "composite"]);
    expect(checkMrz(edit(TD3, 1, 43, "1")).problems).toEqual([
      { part: "composite", message: "check digit should be 0, not 1" },
    ]);
  });

  it("accepts a filler check digit for empty TD3 optional data, but not for filled", () => {
    const empty = TD3[1].slice(0, 28) + "<".repeat(14) + "<";
    const withComposite = empty + mrzCheckDigit(empty.slice(0, 10) + empty.slice(13, 20) + empty.slice(21, 43));
    expect(checkMrz([TD3[0], withComposite].join("\n")).valid).toBe(true);
    // The composite covers the optional data's check digit, so it fails too.
    expect(parts(edit(TD3, 1, 42, "<"))).toEqual(["optionalData", "composite"]);
  });

  it("names the TD1 field a changed digit belongs to, and the composite", () => {
    expect(parts(edit(TD1, 0, 7, "4"))).toEqual(["documentNumber", "composite"]);
    expect(parts(edit(TD1, 1, 6, "3"))).toEqual(["dateOfBirth", "composite"]);
    expect(parts(edit(TD1, 1, 13, "6"))).toEqual(["dateOfExpiry", "composite"]);
    expect(parts(edit(TD1, 1, 29, "7"))).toEqual(["composite"]);
    // The name line is outside every check digit.
    expect(checkMrz(edit(TD1, 2, 0, "A")).valid).toBe(true);
  });

  it("reports the format when lines or characters are wrong", () => {
    expect(parts(TD3[1])).toEqual(["format"]);
    expect(parts([TD3[0], TD3[1].slice(0, 43)].join("\n"))).toEqual(["format"]);
    expect(parts([...TD1.slice(0, 2), TD3[0]].join("\n"))).toEqual(["format"]);
    expect(checkMrz(edit(TD3, 1, 2, "a"))).toEqual({
      valid: false,
      problems: [{ part: "format", message: "should contain only capital letters, digits and '<'" }],
    });
  });
});
