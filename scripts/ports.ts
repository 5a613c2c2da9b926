/**
 * Loopback port checks. The Agents Playground silently moves to a random port when its port is
 * taken, so launchers check first and refuse with a clear message instead.
 */
import { createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** Whether `port` can be listened on at 127.0.0.1 right now. */
export function isPortFree(port: number, host: string = LOOPBACK): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the system just reported free on 127.0.0.1 (free now; a caller should bind it soon). */
export function findFreePort(host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port on loopback'))));
    });
  });
}
