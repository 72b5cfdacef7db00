/**
 * Limits shared by the server and the web app (this module is plain data, safe to bundle).
 */

/** Largest document the importer accepts, in bytes (10 MiB). Published reports are far below it. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
