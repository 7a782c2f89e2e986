/**
 * The vault's data key while it is unlocked. Holds the only reference the vault keeps; `wipe()`
 * overwrites the bytes with zeros and drops them. (Best effort: OpenSSL keeps its own short-lived
 * copy inside each cipher context, and JavaScript cannot promise that no copy was made elsewhere.)
 */
export class DataKey {
  #bytes: Buffer | undefined;
  /** Kept only to let a test check that the bytes really were zeroed. */
  readonly #original: Buffer;

  /** Takes ownership of `bytes`: the caller must not keep using or wiping it. */
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
    this.#original = bytes;
  }

  get wiped(): boolean {
    return this.#bytes === undefined;
  }

  /** True when the bytes this key was made from are all zero (after `wipe()`). */
  get originalBytesAreZero(): boolean {
    return this.#original.every((b) => b === 0);
  }

  /** Runs `fn` with the key bytes, synchronously. Throws `onWiped()` when the key is gone. */
  use<T>(fn: (bytes: Buffer) => T, onWiped: () => Error): T {
    const bytes = this.#bytes;
    if (bytes === undefined) throw onWiped();
    return fn(bytes);
  }

  wipe(): void {
    this.#bytes?.fill(0);
    this.#bytes = undefined;
  }
}
