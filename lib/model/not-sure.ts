/**
 * The answer every question must offer, with no effect on the result. Kept apart from the
 * zod schemas so client code can use it without bundling zod.
 */
export const NOT_SURE = "not-sure";
