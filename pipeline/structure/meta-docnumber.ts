// 文号: 县政发〔2023〕5号 in its bracket variants, normalised to 〔〕.
import { foldDigits } from './numerals.ts';
import { DOC_NUMBER, DOC_NUMBER_BARE } from './patterns.ts';

export interface DocNumber {
  text: string; // normalised: 县政发〔2023〕5号
  prefix: string; // 县政发
  year: number;
  serial: number;
}

export function parseDocNumber(line: string): DocNumber | null {
  const s = line.replace(/^(文号|发文字号)[:：]\s*/, '').replace(/签发人[:：].*$/, '');
  const m = DOC_NUMBER.exec(s) ?? DOC_NUMBER_BARE.exec(s);
  if (!m) return null;
  const prefix = m[1]!.replace(/\s+/g, '');
  const year = Number(m[2]);
  const serial = Number(foldDigits(m[3]!));
  return { text: `${prefix}〔${year}〕${serial}号`, prefix, year, serial };
}
