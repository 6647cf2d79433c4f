export { createApp, type App } from './app.ts';
export { loadConfig, type Config } from './config.ts';
export { createHttpServer, listen, shutdown } from './server.ts';
export { createLimiter, type Limiter, type OverloadOptions } from './overload.ts';
