/** Values no exported function should choke on: each must be refused with the shared error, or answered. */

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** A Proxy whose every trap throws. */
function throwingProxy(): object {
  const fail = () => {
    throw new Error("trap called");
  };
  return new Proxy({}, { get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail, getPrototypeOf: fail });
}

function throwingConversions(): object {
  const fail = () => {
    throw new Error("converted");
  };
  return { toString: fail, valueOf: fail, toJSON: fail, [Symbol.toPrimitive]: fail };
}

function throwingGetters(): object {
  return Object.defineProperty({}, "asOf", {
    enumerable: true,
    get() {
      throw new Error("getter called");
    },
  });
}

/** `size` own keys, made without a literal. */
export function objectWithKeys(size: number): Record<string, number> {
  const object: Record<string, number> = {};
  for (let index = 0; index < size; index++) object[`k${index}`] = index;
  return object;
}

export const LONG_STRING_LENGTH = 10_000_000;
const long = "a".repeat(LONG_STRING_LENGTH);

/** [label, make]: a function so that each use gets a fresh value (a Proxy revoked, a long string built once). */
export const HOSTILE_VALUES: readonly (readonly [string, () => unknown])[] = [
  ["undefined", () => undefined],
  ["null", () => null],
  ["NaN", () => Number.NaN],
  ["-0", () => -0],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["2025 (a number)", () => 2025],
  ["2025n", () => 2025n],
  ["a 400-digit bigint", () => 10n ** 400n],
  ["true", () => true],
  ["Symbol()", () => Symbol("x")],
  ["Symbol(long description)", () => Symbol(long)],
  ["a function", () => () => 0],
  ["[]", () => []],
  ["['2025']", () => ["2025"]],
  ["{}", () => ({})],
  ["Object.create(null)", () => Object.create(null)],
  ["new Date()", () => new Date(0)],
  ["new String('2025')", () => new String("2025")],
  ["a revoked Proxy", revokedProxy],
  ["a Proxy whose traps throw", throwingProxy],
  ["an object with throwing toString/valueOf/toPrimitive", throwingConversions],
  ["an object with a throwing getter", throwingGetters],
  ["''", () => ""],
  ["'   '", () => "   "],
  ["'2025-13'", () => "2025-13"],
  ["'2025-02-30'", () => "2025-02-30"],
  ["'0000'", () => "0000"],
  ["'\\u0000'", () => "\u0000"],
  ["a lone surrogate", () => "\ud800"],
  ["'__proto__'", () => "__proto__"],
  ["'constructor'", () => "constructor"],
  ["a 10 MB string", () => long],
  ["a 10 MB id", () => `person:${long}`],
];

/** Options objects no function with options should honour or choke on. */
export const HOSTILE_OPTIONS: readonly (readonly [string, () => unknown])[] = [
  ["inherited asOf", () => Object.create({ asOf: "1990" })],
  ["10^6 unknown keys", () => objectWithKeys(1_000_000)],
  ["a 10 MB key", () => ({ [long]: 1 })],
  ["asOf: a 10 MB string", () => ({ asOf: long })],
  ["asOf: Symbol()", () => ({ asOf: Symbol("asOf") })],
  ["asOf: a revoked Proxy", () => ({ asOf: revokedProxy() })],
  ["a throwing asOf getter", throwingGetters],
  ["a revoked Proxy", revokedProxy],
  ["a Proxy whose traps throw", throwingProxy],
  ["an array", () => ["asOf"]],
];

/** The longest message any refusal may have: a few short values and the text of what is accepted. */
export const MAX_MESSAGE_LENGTH = 600;

/** The shared error format: function, parameter, what is accepted, what was received. */
export function sharedErrorPattern(functionName: string): RegExp {
  return new RegExp(`^${functionName}: parameter "[^"]{1,80}" must be [^]+; received [^]+$`);
}
