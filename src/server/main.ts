import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildServer } from './app';
import { ConfigError, loadConfig } from './config';

/** Production entry point: `npm run serve` (after `npm run build`). */

const DIST_DIR = resolve(import.meta.dirname, '../../dist');

async function main(): Promise<void> {
  // Variables already in the environment win over .env (Node's loadEnvFile never overwrites).
  if (existsSync('.env') && typeof process.loadEnvFile === 'function') process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const app = await buildServer({ config, distDir: process.env.DIST_DIR ?? DIST_DIR });
  const shutdown = (signal: string): void => {
    app.log.info({ event: 'server.stopping', signal }, 'stopping');
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { event: 'server.ready', publicUrl: config.publicUrl.origin },
    'Doorkeeper is serving the built panel',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
