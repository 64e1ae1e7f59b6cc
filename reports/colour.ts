// Colour on a terminal: on when the stream is a TTY, off when NO_COLOR is set (https://no-color.org)
// or the output goes to a file or pipe; FORCE_COLOR turns it on anyway (CI logs that render ANSI).
export interface Paint {
  error(s: string): string;
  warning(s: string): string;
  info(s: string): string;
  ok(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

export const COLOURS: Paint = {
  error: wrap(31, 39), warning: wrap(33, 39), info: wrap(36, 39), ok: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22),
};

const same = (s: string) => s;
export const PLAIN: Paint = { error: same, warning: same, info: same, ok: same, dim: same, bold: same };

export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return !!stream.isTTY && env.TERM !== 'dumb';
}

export function paintFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Paint {
  return wantsColour(stream, env) ? COLOURS : PLAIN;
}
