import { spawnSync, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createConnection } from 'node:net';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

function ping(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) }, () => socket.write('PING\r\n'));
    socket.setTimeout(1000, () => (socket.destroy(), resolve(false)));
    socket.once('data', (d) => (socket.end(), resolve(d.toString().startsWith('+PONG'))));
    socket.once('error', () => resolve(false));
  });
}

/** True once Redis answers; starts a throwaway local one (no persistence) if it is installed but not running. */
export async function ensureRedis(): Promise<boolean> {
  if (await ping(REDIS_URL)) return true;
  const { port } = new URL(REDIS_URL);
  const started = spawnSync('redis-server', ['--daemonize', 'yes', '--port', port || '6379', '--save', ''], { encoding: 'utf8' });
  if (started.error) return false;
  for (let i = 0; i < 50; i++) {
    if (await ping(REDIS_URL)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Stops a process started by a test and waits until it has exited. */
export function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => (clearTimeout(timer), resolve()));
    child.kill('SIGTERM');
  });
}

/** One GraphQL POST on a fresh TCP connection, so a cluster's connections spread over its workers. */
export function postFresh(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const body = JSON.stringify({ query, variables });
  const target = new URL(`${url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent: false,
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (text += c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(text));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
