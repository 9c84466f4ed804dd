/* global afterAll */
// Once a unit test file is done, its worker may run e2e files: sockets work again there
// (no-network.js explains why this is needed).
afterAll(() => {
  require("node:net")[Symbol.for("frontera.unit.noNetwork")].armed = false;
});
