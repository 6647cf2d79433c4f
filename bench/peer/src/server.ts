import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { printSchema } from 'graphql';
import { createPeer } from './app.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, 'print-schema': { type: 'boolean' } } });
const peer = createPeer(values.db!);
if (values['print-schema']) {
  console.log(printSchema(peer.schema));
  process.exit(0);
}
const server = createServer(peer.yoga);
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
