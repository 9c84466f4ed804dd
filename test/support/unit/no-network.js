// The unit project's promise: no network, no database. Any socket a unit test (or the code it
// calls) tries to open fails at once with a message saying where the test belongs instead.
// Node's own modules are shared by every test file a Jest worker runs, the e2e project's too:
// the refusal is put in place before each unit test file and lifted after it, or the e2e tests
// that worker runs next could not open a socket either.
/* global beforeAll, afterAll -- Jest provides them to setupFilesAfterEnv */
const net = require("node:net");

const { connect } = net.Socket.prototype;
const { listen } = net.Server.prototype;

function refuse() {
  throw new Error("a unit test opened a socket: tests that need the network belong outside test/unit/");
}

beforeAll(() => {
  net.Socket.prototype.connect = refuse;
  net.Server.prototype.listen = refuse;
});
afterAll(() => {
  net.Socket.prototype.connect = connect;
  net.Server.prototype.listen = listen;
});
