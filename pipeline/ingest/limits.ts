// The size limit of one input file, apart from the readers: the main process needs it to read and hash
// files without loading any reader.
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
