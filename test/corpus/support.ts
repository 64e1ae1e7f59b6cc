import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const LAWS = fileURLToPath(new URL('../../../shared/laws/', import.meta.url));
export const HAS_LAWS = existsSync(LAWS);
export const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));
