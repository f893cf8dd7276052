/** A promise the test settles when it chooses: "the lock is taken", "now let it go on". */
export interface Signal {
  readonly promise: Promise<void>;
  fire(): void;
}

export function signal(): Signal {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}
