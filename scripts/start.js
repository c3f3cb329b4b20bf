#!/usr/bin/env node
/**
 * `npm start`: install what is missing, build, and serve the dashboard on 127.0.0.1.
 * Uses only Node's standard library, since it runs before dependencies exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

function run(command, args) {
	console.log(`> ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const installed = existsSync('node_modules/.package-lock.json');
const stale =
	installed && statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
if (!installed || stale) run('npm', ['ci', '--no-audit', '--no-fund']);

run('npm', ['run', 'build']);
run('node', ['scripts/serve.js', ...process.argv.slice(2)]);
