// A rule is a unit: the id written into records (`ruleId` on events, `ruleIds` on officials), the kind of
// record it produces, one line saying what it does, and examples of its own. `fire` sentences must make
// the rule fire; `quiet` sentences are near misses that must not. tests/rules.test.ts runs every rule's
// examples through the whole pipeline and checks which ids fired (textlint's rule tester, valid/invalid).

export const ruleKinds = ['official', 'agreement', 'commitment', 'meeting'] as const;
export type RuleKind = (typeof ruleKinds)[number];

export interface RuleExamples {
  /** texts in which the rule must fire */
  readonly fire: readonly string[];
  /** near misses in which the rule must not fire */
  readonly quiet: readonly string[];
}

export interface Rule {
  /** as it appears in output: `official/title-name`, `meeting/talks` */
  readonly id: string;
  readonly kind: RuleKind;
  readonly description: string;
  /** where the rule's logic lives: a stage of an extractor, or a trigger entry of a lexicon */
  readonly logic: string;
  readonly examples: RuleExamples;
}

const ID = /^(official|agreement|commitment|meeting)\/[a-z][a-z-]*$/;

/** Checks a rule's shape once, where it is defined: a bad id or a missing example fails at load time. */
export function defineRule(rule: Rule): Rule {
  if (!ID.test(rule.id)) throw new Error(`rule id ${rule.id}: must be kind/kebab-case`);
  if (!rule.id.startsWith(`${rule.kind}/`)) throw new Error(`rule id ${rule.id}: must start with its kind ${rule.kind}/`);
  if (!rule.description.trim()) throw new Error(`rule ${rule.id}: needs a description`);
  return Object.freeze({ ...rule, examples: Object.freeze({ fire: [...rule.examples.fire], quiet: [...rule.examples.quiet] }) });
}

/** Which rules may run. Built once per document from ExtractOptions.disable; the default runs them all. */
export interface RuleSwitch {
  isOn(id: string): boolean;
}

export const allRulesOn: RuleSwitch = { isOn: () => true };

export function createRuleSwitch(disable: Iterable<string> | undefined): RuleSwitch {
  const off = new Set(disable ?? []);
  return off.size === 0 ? allRulesOn : { isOn: (id) => !off.has(id) };
}
