import type { ImportErrorCode } from "@bulbcheck/shared";

/**
 * What is wrong with a row, three ways: a code and what it quotes, for words in the reader's
 * language (the dashboard's), and the English sentence a script or a log reads.
 */
export interface RowProblem {
  code: ImportErrorCode;
  params: Record<string, string | number>;
  message: string;
}

export const problemOf = (
  code: ImportErrorCode,
  message: string,
  params: Record<string, string | number> = {},
): RowProblem => ({ code, params, message });
