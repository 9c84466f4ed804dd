// Stands in for better-sqlite3 in the unit project: opening the embedded database fails, so a
// test that needs one is moved out of test/unit/ rather than passing by accident.
module.exports = function openDatabase() {
  throw new Error("a unit test opened a database: tests that need one belong outside test/unit/");
};
