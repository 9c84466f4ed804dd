// The unit project's promise: no network, no database. Any socket a unit test (or the code it
// calls) tries to open fails at once with a message saying where the test belongs instead.
const net = require("node:net");

function refuse() {
  throw new Error("a unit test opened a socket: tests that need the network belong outside test/unit/");
}
net.Socket.prototype.connect = refuse;
net.Server.prototype.listen = refuse;
