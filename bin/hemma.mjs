#!/usr/bin/env node
// The `hemma` command. Hemma runs its TypeScript sources through tsx, so there is no separate
// build step between a clone and a running system (see docs/decisions.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../apps/server/src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
