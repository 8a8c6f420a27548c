/** Button looks shared by every advisor step. */
export const BUTTON =
  "rounded-md border border-border px-3 py-1.5 font-semibold disabled:cursor-not-allowed disabled:opacity-60";
export const PRIMARY =
  "rounded-md border border-accent bg-accent px-3 py-1.5 font-semibold text-bg disabled:cursor-not-allowed disabled:opacity-60";
