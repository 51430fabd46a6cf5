/** How many characters of a received string (or name) an error message shows before cutting it. */
const SHOWN_CHARACTERS = 40;

/** A string cut to {@link SHOWN_CHARACTERS}, never splitting a surrogate pair, with `…` when cut. */
function cut(text: string): string {
  if (text.length <= SHOWN_CHARACTERS) return text;
  let end = SHOWN_CHARACTERS;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

function quoted(text: string): string {
  return JSON.stringify(cut(text));
}

/**
 * The received value and its type, in O(1) of the value's size: strings and names are cut, arrays show their
 * length, objects are never enumerated (an object with a million keys costs what `{}` costs). Reading a value
 * may run its owner's code (getters, Proxy traps), so every read is guarded.
 */
function describeUnguarded(value: unknown): string {
  switch (typeof value) {
    case "string":
      return value.length > SHOWN_CHARACTERS ? `${quoted(value)} (string of length ${value.length})` : `${quoted(value)} (string)`;
    case "number":
      return `${Object.is(value, -0) ? "-0" : String(value)} (number)`;
    case "bigint": {
      const digits = value.toString();
      return digits.length > SHOWN_CHARACTERS ? `${cut(digits)}n (bigint of ${digits.length} digits)` : `${digits}n (bigint)`;
    }
    case "boolean":
    case "undefined":
      return `${String(value)} (${typeof value})`;
    case "symbol":
      return `Symbol(${value.description === undefined ? "" : quoted(value.description)}) (symbol)`;
    case "function": {
      const name = Object.getOwnPropertyDescriptor(value, "name")?.value;
      return `[function ${typeof name === "string" && name !== "" ? cut(name) : "(anonymous)"}] (function)`;
    }
    default: {
      if (value === null) return "null (null)";
      if (Array.isArray(value)) {
        const length = Object.getOwnPropertyDescriptor(value, "length")?.value;
        return length === 0 ? "[] (array)" : `[…] (array of length ${String(length)})`;
      }
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype === null) return "{…} (object with a null prototype)";
      if (prototype !== Object.prototype) {
        const constructor = Object.getOwnPropertyDescriptor(prototype, "constructor")?.value as unknown;
        const name = typeof constructor === "function" ? Object.getOwnPropertyDescriptor(constructor, "name")?.value : undefined;
        if (typeof name === "string" && name !== "") return `{…} (${cut(name)} object)`;
      }
      return "{…} (object)";
    }
  }
}

/**
 * Renders a received argument for an error message: its value (cut to a few dozen characters, with the length of
 * what was cut) and its type. Never throws, whatever the value (revoked Proxy, throwing getters, Symbols), and
 * costs O(1) in the value's size.
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  try {
    return describeUnguarded(value);
  } catch {
    return "a value that cannot be inspected (a revoked Proxy or a throwing trap)";
  }
}

/** @internal The error message format shared by every exported function. */
export function argumentMessage(helper: string, parameter: string, value: unknown, accepted: string): string {
  return `${helper}: parameter "${parameter}" must be ${accepted}; received ${describeValue(value)}`;
}

/** @internal A `TypeError` that names the helper, the parameter, what it received and what it accepts. */
export function wrongType(helper: string, parameter: string, value: unknown, accepted: string): TypeError {
  return new TypeError(argumentMessage(helper, parameter, value, accepted));
}

/** @internal A `RangeError` that names the helper, the parameter, what it received and what it accepts. */
export function outOfRange(helper: string, parameter: string, value: unknown, accepted: string): RangeError {
  return new RangeError(argumentMessage(helper, parameter, value, accepted));
}

/** @internal A name or key cut to a few dozen characters for a message. */
export function cutText(text: string): string {
  return cut(text);
}
