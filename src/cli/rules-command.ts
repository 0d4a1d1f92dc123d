import { rules } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { sanitise } from '../render/table.js';
import { colorLevel, createChalk } from './color.js';
import { ExitCode } from './exit-code.js';
import type { CliIo } from './run-cli.js';

const USAGE = `Usage: extract rules [--format table|json]

List every rule: the ruleId it writes into records, the kind of record, what it does, and its own
examples (texts it fires on, and near misses it must not fire on). Turn a rule off for a run with
extract --disable RULE_ID.

Options:
  -f, --format <format>  table or json (default: table on a terminal, json otherwise)
  -h, --help             show this help
`;

function renderTable(list: readonly Rule[], io: CliIo): string {
  const c = createChalk(colorLevel({ env: io.env, isTTY: !!io.stdout.isTTY }, 'stdout'));
  const width = Math.max(...list.map((r) => r.id.length));
  const lines: string[] = [];
  for (const r of list) {
    lines.push(`${c.bold(r.id.padEnd(width))}  ${c.dim(r.kind.padEnd(10))}  ${sanitise(r.description)}`);
    for (const t of r.examples.fire) lines.push(`    ${c.green('fires')}  ${sanitise(t)}`);
    for (const t of r.examples.quiet) lines.push(`    ${c.dim('quiet')}  ${sanitise(t)}`);
  }
  lines.push(c.dim(`${list.length} rules`));
  return `${lines.join('\n')}\n`;
}

/** `extract rules`: the rule registry as a table or JSON. */
export function runRulesCommand(args: readonly string[], io: CliIo, fail: (msg: string) => void): ExitCode {
  let format: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') {
      io.stdout.write(USAGE);
      return ExitCode.Ok;
    }
    const inline = /^--format=(.*)$/.exec(a);
    if (inline) format = inline[1];
    else if (a === '-f' || a === '--format') format = args[++i];
    else {
      fail(`rules: unexpected argument ${JSON.stringify(sanitise(a))} (see extract rules --help)`);
      return ExitCode.Usage;
    }
    if (format !== 'table' && format !== 'json') {
      fail('rules: --format must be table or json');
      return ExitCode.Usage;
    }
  }
  format ??= io.stdout.isTTY ? 'table' : 'json';
  io.stdout.write(format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : renderTable(rules, io));
  return ExitCode.Ok;
}
