/**
 * Deeply readonly view of a value. The dataset is frozen at run time; this is its compile-time twin.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from "vietnam-us-relations";
 *
 * type Frozen = DeepReadonly<{ names: string[] }>; // { readonly names: readonly string[] }
 * ```
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T // primitives, branded ones (`string & {}`) included, stay as they are
  : T extends (infer E)[]
  ? ReadonlyArray<DeepReadonly<E>>
  : T extends ReadonlyArray<infer E>
    ? ReadonlyArray<DeepReadonly<E>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
