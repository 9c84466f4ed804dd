// The unit project's promise: no network, no database. Any socket a unit test (or the code it
// calls) tries to open fails at once with a message saying where the test belongs instead.
//
// Core modules are shared by every test file a Jest worker runs, unit and e2e alike: replacing
// `connect` and `listen` outright would refuse sockets to the e2e files the worker runs next. So
// they are wrapped once per worker, and the refusal is armed for each unit file here and
// disarmed when it is done (network-disarm.js, after all its tests).
const net = require("node:net");

const STATE = Symbol.for("frontera.unit.noNetwork");

function refuse() {
  throw new Error("a unit test opened a socket: tests that need the network belong outside test/unit/");
}

if (!net[STATE]) {
  const state = { armed: false, connect: net.Socket.prototype.connect, listen: net.Server.prototype.listen };
  net[STATE] = state;
  net.Socket.prototype.connect = function connect(...args) {
    if (state.armed) refuse();
    return state.connect.apply(this, args);
  };
  net.Server.prototype.listen = function listen(...args) {
    if (state.armed) refuse();
    return state.listen.apply(this, args);
  };
}
net[STATE].armed = true;
