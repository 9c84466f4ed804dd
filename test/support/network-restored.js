// Runs before every test file: undoes the unit project's socket refusal (unit/no-network.js),
// which would otherwise outlive its file in the Jest worker and fail the next e2e file that
// connects to MySQL or listens on a port. A unit file refuses sockets again right after this.
const net = require("node:net");

const sockets = net[Symbol.for("frontera.unit.sockets")];
if (sockets) {
  net.Socket.prototype.connect = sockets.connect;
  net.Server.prototype.listen = sockets.listen;
}
