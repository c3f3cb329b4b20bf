/**
 * Step 2 of the console's read-only guard (step 1: `sql-guard.ts`): DuckDB's own plan of the statement,
 * from `EXPLAIN (FORMAT JSON) …` (core DuckDB, no extension). A plan with a write operator, or with a
 * table-function scan outside the allow-list, is refused even if the tokens looked harmless.
 */
import { ALLOWED_TABLE_FUNCTIONS, type GuardVerdict } from './sql-guard';

const WRITE_OPERATORS = new Set([
	'INSERT', 'UPDATE', 'DELETE', 'MERGE_INTO', 'SET', 'SET_VARIABLE', 'RESET', 'LOAD', 'ATTACH', 'DETACH', 'DROP',
	'ALTER', 'PRAGMA', 'TRANSACTION', 'VACUUM', 'EXPORT', 'CHECKPOINT', 'EXTENSION'
]);
const WRITE_PREFIXES = ['CREATE_', 'COPY_', 'BATCH_COPY', 'BATCH_CREATE', 'PHYSICAL_CREATE'];

interface PlanNode {
	name?: string;
	children?: PlanNode[];
	extra_info?: Record<string, unknown>;
}

/** The `EXPLAIN (FORMAT JSON)` statement for an already checked statement (an EXPLAIN prefix removed). */
export function explainSql(sql: string): string {
	const inner = sql.replace(/^\s*explain(\s+analy[sz]e)?\s+/i, '');
	return `EXPLAIN (FORMAT JSON) ${inner}\n`;
}

/** Every node of the plan, depth first. */
function* walk(nodes: readonly PlanNode[]): Generator<PlanNode> {
	for (const node of nodes) {
		yield node;
		if (Array.isArray(node.children)) yield* walk(node.children);
	}
}

/**
 * Check the JSON plan text (the `explain_value` of `EXPLAIN (FORMAT JSON)`).
 * Returns `{ ok: true }`-like null when the plan only reads, or the refusal.
 */
export function checkPlan(planJson: string): Extract<GuardVerdict, { ok: false }> | null {
	let plan: unknown;
	try {
		plan = JSON.parse(planJson);
	} catch {
		return { ok: false, reason: 'write_in_plan', detail: 'unreadable plan' };
	}
	const roots = (Array.isArray(plan) ? plan : [plan]) as PlanNode[];
	for (const node of walk(roots)) {
		const name = String(node.name ?? '').trim().toUpperCase();
		if (WRITE_OPERATORS.has(name) || WRITE_PREFIXES.some((p) => name.startsWith(p)))
			return { ok: false, reason: 'write_in_plan', detail: name };
		const fn = node.extra_info?.Function;
		if (typeof fn === 'string' && !ALLOWED_TABLE_FUNCTIONS.has(fn.trim().toLowerCase()))
			return { ok: false, reason: 'forbidden_function', detail: fn.trim().toLowerCase() };
	}
	return null;
}
