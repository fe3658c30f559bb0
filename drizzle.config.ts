import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  // Timestamped names keep migrations from two branches in a stable order.
  migrations: { prefix: 'timestamp' },
});
