/** Codes from chiproad's closed list that the storage layer can raise for a caller's mistake. */
export type StorageErrorCode = "BAD_INPUT" | "NOT_FOUND" | "CONFLICT";

/** A user-facing storage error: the server maps `code` to an HTTP status, the CLI to an exit status. */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message: string) {
    super(message);
    this.name = "StorageError";
    this.code = code;
  }
}
