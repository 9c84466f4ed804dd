// The unit project's promise: no network, no database. Any socket a unit test (or the code it
// calls) tries to open fails at once with a message saying where the test belongs instead.
const net = require("node:net");

function refuse() {
  throw new Error("a unit test opened a socket: tests that need the network belong outside test/unit/");
}
// Node's own modules are shared by every test file a Jest worker runs, unit or not: the originals
// are kept on the module so that network-restored.js gives the next non-unit file its sockets back.
net[Symbol.for("frontera.unit.sockets")] ??= {
  connect: net.Socket.prototype.connect,
  listen: net.Server.prototype.listen,
};
net.Socket.prototype.connect = refuse;
net.Server.prototype.listen = refuse;
