/**
 * Whether text that JSON.parse refused is a JSON document cut short: every character fits, it
 * just stops before the end. That is what an interrupted copy or download leaves, and it needs
 * another fix (copy the file again) than a file that is not JSON at all.
 *
 * A loop with its own stack, not recursion, so a crafted file nested 100,000 deep is read like
 * any other. Error messages from JSON.parse differ between engines, so they are not used.
 */
export function isCutShortJson(text: string): boolean {
  const open: ('{' | '[')[] = [];
  let next: 'value' | 'value-or-]' | 'key' | 'key-or-}' | ':' | 'after-value' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i += 1;
    if (i >= text.length) return open.length > 0 || next !== 'after-value';
    const c = text.charAt(i);
    if (next === 'after-value') {
      const inner = open.at(-1);
      if (inner === undefined) return false; // something after a complete document
      if (c === ',') next = inner === '{' ? 'key' : 'value';
      else if (c === (inner === '{' ? '}' : ']')) open.pop();
      else return false;
      i += 1;
    } else if (next === ':') {
      if (c !== ':') return false;
      next = 'value';
      i += 1;
    } else if (next === 'key' || next === 'key-or-}') {
      if (c === '}' && next === 'key-or-}') {
        open.pop();
        next = 'after-value';
        i += 1;
      } else if (c === '"') {
        const end = stringEnd(text, i);
        if (end === 'bad') return false;
        if (end === 'cut') return true;
        next = ':';
        i = end;
      } else return false;
    } else if (c === ']' && next === 'value-or-]') {
      open.pop();
      next = 'after-value';
      i += 1;
    } else if (c === '{' || c === '[') {
      open.push(c);
      next = c === '{' ? 'key-or-}' : 'value-or-]';
      i += 1;
    } else {
      const end = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
      if (end === 'bad') return false;
      if (end === 'cut') return true;
      next = 'after-value';
      i = end;
    }
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]*$/;

/** Where the string starting at `start` ends (after its closing quote), or why it does not. */
function stringEnd(text: string, start: number): number | 'cut' | 'bad' {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '"') return i + 1;
    if (c < ' ') return 'bad';
    if (c !== '\\') continue;
    const escape = text.charAt(i + 1);
    if (escape === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!HEX.test(hex)) return 'bad';
      if (hex.length < 4) return 'cut';
      i += 5;
    } else if (ESCAPES.has(escape)) i += 1;
    else return escape === '' ? 'cut' : 'bad';
  }
  return 'cut';
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** The start of a number that the end of the text interrupted: "-", "12.", "3e+". */
const NUMBER_START = /-?(?:(?:0|[1-9]\d*)(?:\.\d*|(?:\.\d+)?[eE][+-]?\d*)?)?$/y;
const LITERALS = ['true', 'false', 'null'];

/** Where the number or literal starting at `start` ends, or why it does not. */
function scalarEnd(text: string, start: number): number | 'cut' | 'bad' {
  const rest = text.length - start;
  const literal = LITERALS.find((word) => text.startsWith(word.slice(0, rest), start));
  if (literal) return literal.length <= rest ? start + literal.length : 'cut';
  NUMBER_START.lastIndex = start;
  if (NUMBER_START.test(text)) return 'cut';
  NUMBER.lastIndex = start;
  return NUMBER.test(text) ? NUMBER.lastIndex : 'bad';
}
