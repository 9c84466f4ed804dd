import { databaseOptionsFromUrl } from "../../src";

const defaults = { database: "frontera_cargo", sqliteFile: ".data/cargo.sqlite" };

describe("databaseOptionsFromUrl", () => {
  it("uses the embedded SQLite file when no URL is given", () => {
    expect(databaseOptionsFromUrl(undefined, defaults)).toEqual({
      type: "better-sqlite3",
      database: ".data/cargo.sqlite",
    });
  });

  it("puts a subgraph in its own schema when the URL names only the server", () => {
    expect(databaseOptionsFromUrl("mysql://frontera:s%40cret@db.internal:3307/", defaults)).toEqual({
      type: "mariadb",
      host: "db.internal",
      port: 3307,
      username: "frontera",
      password: "s@cret",
      database: "frontera_cargo",
    });
  });

  it("keeps the schema a URL names", () => {
    expect(databaseOptionsFromUrl("mariadb://u:p@localhost/cargo_prod", defaults)).toMatchObject({
      database: "cargo_prod",
      port: 3306,
    });
  });

  it("refuses other databases by name", () => {
    expect(() => databaseOptionsFromUrl("postgres://u:p@localhost/db", defaults)).toThrow(
      /unsupported database URL scheme "postgres:"/,
    );
  });
});
