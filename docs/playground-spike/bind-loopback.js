// Preload (node -r ./bind-loopback.js ...) to force servers that call listen(port[, cb]) without a
// host to bind to 127.0.0.1 only. Used because the Playground CLI has no --host option and
// otherwise listens on all interfaces (*:56150).
'use strict';
const net = require('net');
const orig = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) {
    args.splice(1, 0, '127.0.0.1');
  } else if (args[0] && typeof args[0] === 'object' && !args[0].host && args[0].port !== undefined) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  }
  return orig.apply(this, args);
};
