/** The middle value (the upper one of the two middles for an even count); NaN when empty. */
export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
