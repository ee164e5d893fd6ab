#!/usr/bin/env node
// The wijkpunt command. TypeScript sources run through tsx, so there is no separate build step for the server.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
