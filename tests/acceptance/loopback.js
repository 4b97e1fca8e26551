// Preloaded into the AutoRest test server (`node -r`), which has no host
// option: every listen() binds to 127.0.0.1, so the server is never reachable
// from outside this machine.
"use strict";
const net = require("net");
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const callback = args.find((arg) => typeof arg === "function");
  const first = args[0];
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    return listen.call(this, { port: Number(first), host: "127.0.0.1" }, callback);
  }
  if (first && typeof first === "object" && first.path === undefined) {
    return listen.call(this, { ...first, host: "127.0.0.1" }, callback);
  }
  return listen.apply(this, args);
};
