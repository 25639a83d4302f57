/** The text to show for something thrown: an Error's message, or the value itself. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
