// The checks of a whole batch (pipeline/crossdoc): not rules of the YAML rule base, since no single
// document shows them; described here for `beishen explain` and the README.
import { QUANTITY_RULE, STALE_RULE } from './cross-findings.ts';

export interface BatchCheck {
  id: string;
  title: string;
  category: 'conflict';
  severity: 'warning';
  description: string;
}

export const BATCH_CHECKS: BatchCheck[] = [
  {
    id: QUANTITY_RULE,
    title: '同批文件对同一行为或程序规定的罚款数额、办理期限不一致',
    category: 'conflict',
    severity: 'warning',
    description: '比较同一批文件中对同一行为规定的罚款（如露天焚烧秸秆）和对同一程序规定的期限（如不动产登记办结期限）：'
      + '行为或程序的用语大部分相同、而数额或期限不同时，在每份有关文件中报告，并列出其他文件的对应条款。'
      + '只看有数额或期限的句子；“违反本办法规定的”“拒不改正的”等不指明行为的句子不比较。',
  },
  {
    id: STALE_RULE,
    title: '依据的同批文件已失效或被废止',
    category: 'conflict',
    severity: 'warning',
    description: '文件以文号或书名号内的标题引用同批的另一份文件，而该文件的有效期已届满，或已被同批文件宣布废止（“……同时废止”）。',
  },
];
