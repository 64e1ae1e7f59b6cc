// Which files in an input folder are checked — as a linter chooses its files. A folder of filings
// usually holds more than filings: the .git folder of whoever keeps it, Word's lock files (~$通知.docx)
// beside open documents, a README or a SOURCES.tsv, scans as images. Those are left out, each listed
// in the report as skipped with the reason, never silently dropped:
//   - folders of tools (.git, node_modules …) and hidden files and folders (a name starting with ".");
//   - Word lock files (~$*);
//   - what a .beishenignore (gitignore syntax) in the input folder or below it excludes;
//   - files whose extension is not a document format, or not in --ext when it is given.
// A file named on the command line is always checked, whatever its name: the user asked for it.
import ignore, { type Ignore } from 'ignore';
import { extname } from 'node:path';
import type { SkipReason } from '../model/types.ts';

/** Extensions of documents beishen reads (or reports as unsupported when it cannot: .rtf, .xml). */
export const DOCUMENT_EXTENSIONS = ['docx', 'docm', 'dotx', 'doc', 'dot', 'wps', 'wpt', 'pdf', 'ofd', 'html', 'htm', 'shtml', 'mht', 'mhtml', 'txt', 'rtf'];

/** Folders of tools, never documents. */
const TOOL_FOLDERS = new Set(['.git', '.svn', '.hg', 'node_modules', '__MACOSX', '$RECYCLE.BIN', 'System Volume Information']);
/** Files of tools that do not start with a dot. */
const TOOL_FILES = new Set(['Thumbs.db', 'desktop.ini']);

export const IGNORE_FILE = '.beishenignore';

export interface SelectionRules {
  /** --ext: the extensions (lower case, no dot) to check in folders, instead of DOCUMENT_EXTENSIONS. */
  ext?: string[];
}

export interface Verdict {
  reason: SkipReason;
  message: string;
}

/** Why a folder found while walking is not entered, or null to enter it. */
export function skipFolder(name: string): Verdict | null {
  if (TOOL_FOLDERS.has(name)) return { reason: 'default-ignore', message: '工具或系统的目录，默认不检查。' };
  if (name.startsWith('.')) return { reason: 'hidden', message: '隐藏目录，默认不检查。' };
  return null;
}

/** Why a file found while walking is not checked, or null to check it. */
export function skipFile(name: string, rules: SelectionRules): Verdict | null {
  if (name.startsWith('~$')) return { reason: 'lock-file', message: 'Word 打开文档时生成的锁定文件（~$ 开头），不是文档。' };
  if (TOOL_FILES.has(name)) return { reason: 'default-ignore', message: '系统生成的文件，默认不检查。' };
  if (name.startsWith('.')) return { reason: 'hidden', message: '隐藏文件，默认不检查。' };
  const ext = extname(name).slice(1).toLowerCase();
  if (rules.ext) {
    return rules.ext.includes(ext) ? null : { reason: 'extension-filter', message: `扩展名${ext ? ` .${ext}` : '为空'}，不在 --ext 指定的范围（${rules.ext.join(', ')}）内。` };
  }
  if (DOCUMENT_EXTENSIONS.includes(ext)) return null;
  return { reason: 'not-a-document', message: `${ext ? `扩展名 .${ext}` : '没有扩展名'}，不是文档格式，在目录中默认不检查（单独指定该文件即可检查，或用 --ext 指定要检查的扩展名）。` };
}

/** "docx,.pdf, TXT" → ['docx', 'pdf', 'txt']; null when nothing usable is given. */
export function parseExtensions(value: string): string[] | null {
  const list = value.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
  return list.length && list.every((e) => /^[a-z0-9_-]+$/.test(e)) ? [...new Set(list)] : null;
}

/** The rules of one .beishenignore, for paths relative to the folder it is in. */
export interface IgnoreScope {
  /** Display path of the folder that holds the file, '' for the input folder itself. */
  base: string;
  matcher: Ignore;
}

export function ignoreScope(base: string, text: string): IgnoreScope {
  return { base, matcher: ignore().add(text) };
}

/** Whether any scope that contains `rel` (a path relative to the input folder, '/' separated) ignores it. */
export function ignoredBy(scopes: IgnoreScope[], rel: string, folder: boolean): boolean {
  for (const s of scopes) {
    if (s.base && !rel.startsWith(`${s.base}/`)) continue;
    const inner = s.base ? rel.slice(s.base.length + 1) : rel;
    if (inner && s.matcher.ignores(folder ? `${inner}/` : inner)) return true;
  }
  return false;
}
