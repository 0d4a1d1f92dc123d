// `--disable RULE_ID` (repeatable, or comma-separated). Worker threads inherit the process environment
// when they start, so the ids travel to them in EXTRACT_DISABLE_RULES; extractOne reads it in every thread.

export const DISABLE_ENV = 'EXTRACT_DISABLE_RULES';

export const collectRuleIds = (value: string, previous: string[]): string[] => [
  ...previous,
  ...value.split(',').map((s) => s.trim()).filter(Boolean),
];

/** The rule ids disabled for this run, or undefined when none are. */
export function disabledRules(): string[] | undefined {
  const value = process.env[DISABLE_ENV];
  return value ? value.split(',') : undefined;
}

/**
 * Checks the ids against the rule registry (loaded only now: --help stays fast) and publishes them to
 * this thread and the workers to come. Returns an error message, or a function that undoes the change.
 */
export async function applyDisabledRules(ids: readonly string[]): Promise<string | (() => void)> {
  if (ids.length === 0) return () => {};
  const { unknownRuleIds } = await import('../rules/registry.js');
  const unknown = unknownRuleIds(ids);
  if (unknown.length) return `--disable: no rule ${unknown.map((id) => JSON.stringify(id)).join(', ')} (see extract rules)`;
  const before = process.env[DISABLE_ENV];
  process.env[DISABLE_ENV] = [...new Set(ids)].join(',');
  return () => {
    if (before === undefined) delete process.env[DISABLE_ENV];
    else process.env[DISABLE_ENV] = before;
  };
}
