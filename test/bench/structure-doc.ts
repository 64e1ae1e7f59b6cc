// A realistic long normative document for benchmarks: a county 印发 notice wrapping a 办法 with
// chapters, sections, multi-paragraph articles and items (about 50 A4 pages when printed).
import { toChinese } from '../../pipeline/structure/numerals.ts';

const SUBJECTS = ['县市场监督管理局', '县财政局', '县自然资源局', '各乡镇人民政府', '县住房和城乡建设局', '县生态环境局', '县农业农村局'];
const DUTIES = [
  '应当建立健全本系统规范性文件合法性审核机制，明确审核机构和审核人员',
  '负责本行政区域内农村集体资产的监督管理和指导工作，定期开展检查',
  '应当自收到申请之日起二十个工作日内作出决定，并书面告知申请人',
  '应当按照规定程序组织听证，听取利害关系人的意见',
  '对不符合条件的，应当说明理由并告知申请人享有依法申请行政复议或者提起行政诉讼的权利',
  '应当将有关信息通过政府门户网站向社会公开，接受社会监督',
];
const ITEMS = ['申请书及相关证明材料', '营业执照复印件', '安全生产管理制度', '从业人员培训记录', '应急预案及演练记录', '其他依法应当提交的材料'];

function sentence(i: number): string {
  return `${SUBJECTS[i % SUBJECTS.length]}${DUTIES[(i * 7) % DUTIES.length]}。`;
}

export function longDocument(articles = 170): string {
  const out: string[] = [
    'XX县人民政府文件', 'X政发〔2024〕12号', '',
    'XX县人民政府关于印发《XX县行政执法监督管理办法》的通知', '',
    '各乡镇人民政府，县政府各部门：',
    '　　现将《XX县行政执法监督管理办法》印发给你们，请认真贯彻执行。', '',
    'XX县人民政府', '2024年5月6日', '（此件公开发布）', '',
    '附件', 'XX县行政执法监督管理办法', '',
  ];
  const perChapter = Math.ceil(articles / 10);
  for (let a = 1; a <= articles; a++) {
    if ((a - 1) % perChapter === 0) {
      const ch = (a - 1) / perChapter + 1;
      out.push(`第${toChinese(ch)}章　${['总则', '执法主体', '执法程序', '执法监督', '案卷管理', '投诉举报', '考核评议', '责任追究', '保障措施', '附则'][ch - 1] ?? '其他规定'}`);
    }
    if (a === 1) {
      out.push('第一条　为了规范行政执法行为，保护公民、法人和其他组织的合法权益，根据《中华人民共和国行政处罚法》《中华人民共和国行政许可法》等法律法规，结合本县实际，制定本办法。');
      continue;
    }
    out.push(`第${toChinese(a)}条　${sentence(a)}${sentence(a + 3)}`);
    if (a % 3 === 0) out.push(`${sentence(a + 1)}${sentence(a + 5)}`);
    if (a % 4 === 0) {
      out[out.length - 1] = out[out.length - 1]!.replace(/。$/, '，应当提交下列材料：');
      for (let k = 0; k < 4; k++) out.push(`（${toChinese(k + 1)}）${ITEMS[(a + k) % ITEMS.length]}；`);
    }
  }
  out.push(`第${toChinese(articles + 1)}条　本办法自2024年7月1日起施行，有效期五年。`, '');
  out.push('抄送：县委办公室，县人大常委会办公室，县政协办公室。', 'XX县人民政府办公室　　　　2024年5月6日印发');
  return out.join('\n');
}
