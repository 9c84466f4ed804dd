import { timeThenKey } from "../../src";

interface Crossing {
  id: string;
  at: Date;
  portCode: string;
}

describe("timeThenKey", () => {
  const crossing: Crossing = { id: "c-1", at: new Date("2026-11-20T10:00:00Z"), portCode: "2304" };
  const [time, key] = timeThenKey<Crossing>("crossing", "at", "id");

  it("orders by the time, then by the unique key that breaks its ties, both latest first", () => {
    expect([time, key].map(({ column, type, direction }) => ({ column, type, direction }))).toEqual([
      { column: "crossing.at", type: "time", direction: "DESC" },
      { column: "crossing.id", type: "text", direction: "DESC" },
    ]);
  });

  it("reads each column's value from the row, for the cursor", () => {
    expect(time.of(crossing)).toBe(crossing.at);
    expect(key.of(crossing)).toBe("c-1");
  });
});
