// A problem the user can fix (a bad option value, an output folder that cannot be written, a config or
// review file with a mistake): the command prints the Chinese message alone — no stack trace — and
// exits 2 (DESIGN §2: usage or configuration error).
export class UserError extends Error {}
