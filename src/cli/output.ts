/**
 * What the command writes, made safe for a terminal: every value in it may come from a hostile side (ids,
 * versions, collection names, field paths, npm's messages), so no control character reaches the screen raw.
 */

/** C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F) and the bidirectional overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same, less what JSON.stringify already escapes (C0). */
const CONTROL_LEFT_BY_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escape = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * One line of text for the terminal: every control character written as a `\uXXXX` escape.
 *
 * @example
 * ```ts
 * escapeControl("1.0.0\u001b]0;pwned\u0007"); // "1.0.0\\u001b]0;pwned\\u0007"
 * ```
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, escape);
}

/**
 * JSON text with the control characters JSON.stringify leaves raw (DEL, C1, bidi controls) escaped too: the same
 * JSON value, safe to print.
 *
 * @example
 * ```ts
 * toSafeJson({ id: "a\u009bb" }); // '{\n  "id": "a\\u009bb"\n}'
 * ```
 */
export function toSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROL_LEFT_BY_JSON, escape);
}

/** How many characters of a value the command's messages show. */
const SHOWN = 80;

/**
 * A value typed by the user or read from a side, for a message: escaped, and cut to a few dozen characters with
 * its length when it is long.
 *
 * @example
 * ```ts
 * shown("x".repeat(100000)); // "xxxx…(100000 characters)"
 * ```
 */
export function shown(text: string): string {
  return escapeControl(text.length > SHOWN ? `${text.slice(0, SHOWN)}… (${text.length} characters)` : text);
}

/** Where the command writes: process.stdout / process.stderr, or a test's collector. */
export interface Output {
  write(text: string, callback: (error?: Error | null) => void): unknown;
  once?(event: "error", listener: (error: Error) => void): unknown;
}

/**
 * Writes `text` and resolves once it is written; rejects when it cannot be (a full disk, a closed pipe), so that
 * the command can exit 1 instead of pretending it printed.
 *
 * @example
 * ```ts
 * await writeAll(process.stdout, "done\n");
 * ```
 */
export function writeAll(output: Output, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The stream emits the error after the callback has it: the listener stays, or the process would crash on it.
    output.once?.("error", reject);
    output.write(text, (error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}
