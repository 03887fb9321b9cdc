// Starts tinylicious (the Fluid Framework's local service) bound to 127.0.0.1 only: its runner
// calls `listen(port)`, which would open every interface, so a port-only listen gets the host.
import net from 'node:net';

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [port, ...rest] = args;
  if (typeof port === 'number' || (typeof port === 'string' && /^\d+$/.test(port))) {
    const callbacks = rest.filter((arg) => typeof arg === 'function');
    return listen.call(this, Number(port), '127.0.0.1', ...callbacks);
  }
  return listen.apply(this, args);
};

await import('tinylicious');
