// docType from the title's ending; 暂行/试行 from the title.
const TYPES = [
  '实施方案', '实施意见', '实施细则', '实施办法', '工作方案', '若干规定', '若干措施', '若干政策', '指导意见',
  '办法', '规定', '细则', '规则', '意见', '决定', '通知', '通告', '公告', '方案', '批复', '复函', '函', '纪要',
  '条例', '决议', '通报', '规划', '计划', '指引', '指南', '标准', '准则', '守则', '章程', '命令', '令', '报告',
  '请示', '措施', '政策', '制度', '要点', '目录', '清单',
];
const NORMALISE: Record<string, string> = { 若干规定: '规定', 若干措施: '措施', 若干政策: '政策', 工作方案: '方案', 复函: '函', 指导意见: '意见' };
const TRAILER = /[（(](试行|暂行|修订|修正|征求意见稿|送审稿|草案)[）)]$/;

export function docTypeOf(title: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/[\s\u3000]/g, '');
  while (TRAILER.test(t)) t = t.replace(TRAILER, '');
  t = t.replace(/[》」"”]$/, '');
  for (const type of TYPES) if (t.endsWith(type)) return NORMALISE[type] ?? type;
  return null;
}

export function provisionalOf(title: string | null): '暂行' | '试行' | null {
  if (!title) return null;
  if (/暂行/.test(title)) return '暂行';
  if (/试行/.test(title)) return '试行';
  return null;
}

/** Types whose provisions are the checked body when a notice issues them. */
export const NORMATIVE_TYPES = new Set(['办法', '规定', '细则', '实施细则', '实施办法', '规则', '意见', '实施意见', '决定', '方案', '实施方案', '措施', '政策', '制度', '标准', '准则', '守则', '章程', '条例', '通告', '公告', '指引', '清单', '目录', '规划', '计划']);
