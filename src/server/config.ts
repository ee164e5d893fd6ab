// Configuration is read once at start-up, validated, and passed into createApp(config).
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  WIJKPUNT_DATA_DIR: z.string().default('./data'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Wijkpunt <noreply@wijkpunt.nl>'),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to "false" only when serving plain HTTP to a host other than localhost. */
  COOKIE_SECURE: z.enum(['true', 'false']).default('true'),
  /** Set to "true" behind a reverse proxy, so X-Forwarded-For gives the client address. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Working days a referral may wait to be received, and then to be accepted, before both sides are told. */
  REFERRAL_OVERDUE_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'pglite'; dataDir: string | null } | { kind: 'postgresql'; url: string };
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  logLevel: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  /** Login attempts before an account is locked, and for how long. */
  lockout: { maxFailures: number; minutes: number };
  sessionHours: number;
  webDir: string | null;
  runJobs: boolean;
  version: string;
  referralOverdueWorkingDays: number;
};

export const VERSION = '0.1.0';

export class ConfigError extends Error {}

/** Reads the environment (plus overrides from CLI flags) into a validated Config, or throws ConfigError. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: { port?: number; dataDir?: string } = {},
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const port = overrides.port ?? e.PORT;
  return {
    env: e.NODE_ENV,
    port,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgresql', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(overrides.dataDir ?? e.WIJKPUNT_DATA_DIR) },
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${port}`,
    logLevel: e.LOG_LEVEL,
    cookieSecure: e.COOKIE_SECURE === 'true',
    trustProxy: e.TRUST_PROXY === 'true',
    lockout: { maxFailures: 5, minutes: 15 },
    sessionHours: 12,
    webDir: path.resolve(import.meta.dirname, '../../dist/web'),
    runJobs: true,
    version: VERSION,
    referralOverdueWorkingDays: e.REFERRAL_OVERDUE_WORKING_DAYS,
  };
}
