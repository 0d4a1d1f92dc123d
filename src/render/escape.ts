// Everything that reaches a terminal (tables on stdout, diagnostics on stderr) passes through here:
// text from an input, a file name or an ndjson id must never move the cursor, retitle the window,
// reorder the line (bidi controls) or start a new line that looks like one of ours.
// C0 and C1 controls, DEL, bidi embedding/override/isolate marks, LRM/RLM/ALM, the Unicode line and
// paragraph separators, and the zero-width no-break space that some terminals treat as a control.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Makes `text` safe to print on one terminal line: every unsafe character becomes a visible `\uXXXX`
 * (a newline becomes `\n`, a tab `\t`), so hostile names stay readable and can never forge a line.
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : hex(c)));
}

/** escapeTerminal for a block of lines we wrote ourselves (commander's messages): our own newlines stay. */
export function escapeTerminalLines(text: string): string {
  return text.split('\n').map(escapeTerminal).join('\n');
}

/** For running text shown in a table: whitespace runs (newlines, tabs) become one space, the rest is escaped. */
export function escapeInline(text: string): string {
  return escapeTerminal(text.replace(/[\t\n\r\v\f\u2028\u2029\u0085]+/g, ' '));
}
