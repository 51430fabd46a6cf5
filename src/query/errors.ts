/** @internal Renders a received argument for an error message: its value (shortened) and its type. */
export function describeValue(value: unknown): string {
  let shown: string;
  if (typeof value === "string") shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  else if (typeof value === "bigint") shown = `${value}n`;
  else if (typeof value === "symbol" || typeof value === "function") shown = String(value).slice(0, 60);
  else {
    try {
      shown = JSON.stringify(value) ?? String(value);
    } catch {
      shown = Object.prototype.toString.call(value);
    }
    if (typeof value === "number") shown = String(value); // NaN and Infinity, which JSON renders as null
    if (shown.length > 60) shown = `${shown.slice(0, 57)}...`;
  }
  return `${shown} (${value === null ? "null" : Array.isArray(value) ? "array" : typeof value})`;
}

/** @internal A `TypeError` that names the helper, the parameter, what it received and what it accepts. */
export function wrongType(helper: string, parameter: string, value: unknown, accepted: string): TypeError {
  return new TypeError(`${helper}: parameter "${parameter}" must be ${accepted}; received ${describeValue(value)}`);
}

/** @internal A `RangeError` that names the helper, the parameter, what it received and what it accepts. */
export function outOfRange(helper: string, parameter: string, value: unknown, accepted: string): RangeError {
  return new RangeError(`${helper}: parameter "${parameter}" must be ${accepted}; received ${describeValue(value)}`);
}
