import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'test-results/',
			'test-results-*/',
			'bench/tmp/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// Text from data is never inserted as HTML (see README, "Trust"): no exceptions anywhere.
			'svelte/no-at-html-tags': 'error',
			'no-restricted-properties': [
				'error',
				{ property: 'innerHTML', message: 'Text from data is never inserted as HTML; use textContent.' },
				{ property: 'outerHTML', message: 'Text from data is never inserted as HTML.' },
				{ property: 'insertAdjacentHTML', message: 'Text from data is never inserted as HTML.' }
			],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// zod must be configured (jitless, for the CSP) before any schema is built: see src/lib/data/zod.ts.
			'no-restricted-imports': [
				'error',
				{ paths: [{ name: 'zod', message: "Import { z } from '$lib/data/zod' (configured for the CSP)." }] }
			]
		}
	},
	{
		files: ['src/lib/data/zod.ts'],
		rules: { 'no-restricted-imports': 'off' }
	}
);
