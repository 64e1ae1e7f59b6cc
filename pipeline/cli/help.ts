// The help of every command, in Chinese: what it does, its options with their defaults, and its exit
// codes. `beishen <command> --help` (or -h) prints it and exits 0 before any option is parsed, so help
// works even next to a mistyped option.

const EXIT_CODES = `退出码：
  0  没有达到 --fail-on 级别的问题
  1  有达到 --fail-on 级别的问题
  2  用法、配置、规则集错误或内部错误
  3  有文件未能读取或检查
  同时出现时取 2 > 3 > 1 > 0。`;

const OUTPUT = `  -o, --out DIR          输出目录（默认 ./beishen-report）。目录整体替换为本次的报告：上次运行的、
                         本次未生成格式的文件不会残留；目录中有不是 beishen 写入的文件时拒绝运行
  -o -, --stdout         把一种格式写到标准输出（json、html、text、sarif、csv 之一），不写目录`;

export const HELP: Record<string, string> = {
  main: `备审 beishen — 规范性文件合法性审查检查器（离线）

用法：beishen <命令> [选项]

命令：
  check      检查文件或目录中的规范性文件，生成报告、审查意见书初稿、清理表
  inspect    查看一份文件的元数据（标题、文号、制定机关、日期）和结构
  render     用已有的 report.json 重新生成报告，不再检查
  merge      合并分片运行（check --shard）的 report.json
  diff       比较两次运行的 report.json：新增、消除和变化的问题
  impact     专项清理：某部法律修改或废止后，列出引用、复述其变动条文的文件
  rules      规则集：lint（校验）、test（运行规则示例）、list（列出规则）
  explain    解释一条规则：依据条文、示例
  corpus     上位法库：import（导入）、search（检索条文）
  eval       在标注的评测集上计算查准率、查全率

beishen <命令> --help 查看该命令的选项、默认值和退出码。
beishen --version 显示版本。

${EXIT_CODES}
`,

  check: `用法：beishen check <文件|目录>... [选项]

检查文件和目录（递归）中的规范性文件（Word、PDF、OFD、HTML、文本），按规则集和上位法库
找出问题，写出报告。

输出：
${OUTPUT}
      --format LIST      逗号分隔的格式（默认 json,html,text）：
                           json       report.json（机器读取、CI）
                           html       report.html（离线网页报告，可筛选、搜索、打印）
                           text       在终端列出各文件的问题
                           sarif      report.sarif（代码扫描平台）
                           docx       opinions/ 下每份有问题文件的审查意见书初稿
                           csv, xlsx  清理表（每件文件一行：文号、制定机关、状态、问题数、建议）
                           annotated  annotated/ 下带批注的原文副本（.docx）
  -q, --quiet            不显示进度和文字摘要
      --text-limit N     文字输出最多列出 N 项问题（默认全部列出；批量超过 10 件时只列错误）

判定：
      --fail-on LEVEL    error|warning|info|never：有该级别及以上的问题时退出码为 1（默认 error）
      --config FILE      审查机关设置（beishen.config.yaml）；不指定时从第一个输入向上查找
      --review FILE      审查记录（beishen-review.yaml）：在各种格式中标出已复核的问题；
                         标为“不是问题”（not-a-problem）的不计入退出码
      --baseline FILE    只报告这份旧 report.json 中没有的问题
      --new-only         只报告输出目录中上次 report.json 没有的问题

规则与法规库：
      --profile NAME     审查配置（默认 default；另有 shandong）
      --rules DIR        规则目录（默认随附的 rules/）
      --corpus DIR       上位法库目录（默认随附的法规；beishen corpus import 可导入完整法规库）
      --as-of DATE|today 按该日施行的法律审查（清理仍然有效的旧文件）；默认按文件自身的日期
                         （成文、发布或施行日期；只有文号或通过会议的年份时按该年年末），
                         文件未载明日期时按审查之日

批量运行：
      --jobs N           并行检查的线程数（默认 CPU 核数）
      --timeout SEC      单个文件的处理时限，秒（默认 60）
      --max-size SIZE    单个文件的大小上限，如 64MB、500KB（默认 64MB）
      --max-memory MB    每个检查线程的内存上限，MB（默认 1024）
      --cache DIR        结果缓存目录（默认 ~/.cache/beishen 或 $XDG_CACHE_HOME/beishen）
      --no-cache         不使用缓存
      --shard i/n        只检查第 i 个分片（共 n 个），供多机或 CI 矩阵并行，之后用 beishen merge 合并

环境变量：NO_COLOR 关闭终端颜色，FORCE_COLOR 强制开启。

${EXIT_CODES}
`,

  inspect: `用法：beishen inspect <文件> [--format text|json]

显示 beishen 如何读取一份文件：元数据（标题、文号、文种、制定机关及其层级和类别、日期、有效期）、
结构（章、条、款、项）和审查单元。json 格式另含提取的全文，报告中的偏移量指向这段文字。

      --format FORMAT    text（默认）或 json

退出码：0 已读取；2 用法错误；3 文件不能读取或没有可用的文字。
`,

  render: `用法：beishen render --from report.json [选项]

用已有的 report.json 重新生成报告，不再检查（例如换一种格式，或更新审查机关设置后重写意见书）。
输入先按 report.json 的格式（schemaVersion 1）校验。

      --from FILE        report.json（也可作为第一个参数给出）
      --format LIST      要生成的格式（默认 html）：json、html、text、sarif、docx、csv、xlsx
  -o, --out DIR          输出目录（默认 report.json 所在目录）；只替换本次生成的格式，
                         重新生成 docx 时 opinions/ 整体替换，其他文件保留
  -o -, --stdout         把一种格式写到标准输出
      --config FILE      审查机关设置（默认从 report.json 所在目录向上查找 beishen.config.yaml）
  -q, --quiet            不显示生成的文件

退出码：0 已生成；2 用法错误、report.json 无效或输出目录不能写入。
`,

  merge: `用法：beishen merge <report.json>... [选项]

合并分片运行（check --shard i/n）的各个 report.json，如同一次检查了全部文件。
版本或规则集不同的报告不能合并。

${OUTPUT}
      --format LIST      要生成的格式（默认 json,html,text）
      --fail-on LEVEL    error|warning|info|never（默认 error）
      --config FILE      审查机关设置（beishen.config.yaml）
  -q, --quiet            不显示文字摘要

${EXIT_CODES}
`,

  diff: `用法：beishen diff <旧 report.json> <新 report.json> [选项]

比较两次运行：每件文件新增、消除和变化（级别、说明或依据改变）的问题，按问题指纹对应。
用于规则集修改的评审（“本次修改在存档上新增 N 项、消除 M 项问题”）或跟踪整改。

      --format FORMAT    text（默认）、json 或 markdown（可直接贴到合并请求的评论中）
  -o, --out FILE         写到文件（默认标准输出）
      --fail-on-new LEVEL  有该级别及以上的新增问题时退出码为 1（error|warning|info；默认不因新增问题失败）

退出码：0 已比较；1 有 --fail-on-new 级别的新增问题；2 用法错误或报告无效。
`,

  impact: `用法：beishen impact <目录|文件|report.json>... --law 名称 [选项]

专项清理：一部法律修改或废止后，列出引用、提及或复述其变动条文（修改、改号、删除）的文件，
旧条文与新条文并列，给出条文对应关系及其可信度和处理建议（修改引用条号、内容需修改、依据已废止）。
条文对应由两个版本的文本计算（按内容而非条号），可由 corpus/history/article-correspondence.yaml 覆盖。
输入为 report.json 时，直接使用该次检查缓存的解析结果，不重新读取文件。

      --law NAME         法律名称（全称或简称）
      --from VERSION     旧版本（YYYY-MM-DD 或年份；默认上一版本）
      --to VERSION       新版本（默认现行版本）；法律已废止时不需要
      --corpus DIR       上位法库目录（默认随附的法规；多数法律的历史版本需要 beishen corpus import 导入的完整库）
      --correspondence FILE  条文对应表（格式同 corpus/history/article-correspondence.yaml），覆盖计算出的对应
      --config FILE      报告时区等设置（beishen.config.yaml）
      --format LIST      html、json、csv（默认 html,json,csv）
  -o, --out DIR          输出目录（默认 ./beishen-impact）；-o - 或 --stdout 把一种格式写到标准输出
      --cache DIR        解析结果缓存（默认与 check 相同）
      --no-cache         不使用缓存
  -q, --quiet            不显示文字摘要

退出码：0 没有受影响的文件；1 有受影响的文件；2 用法错误、找不到法律或版本；3 有文件不能读取。
`,

  rules: `用法：
  beishen rules lint [DIR]                  校验规则集：格式、id 唯一、依据条文存在、正则安全
  beishen rules test [DIR] [--profile NAME] 运行每条规则的示例和标注样本
  beishen rules list [--format json] [--profile NAME]   列出规则

      --rules DIR        规则目录（也可作为参数给出；默认随附的 rules/）
      --corpus DIR       上位法库目录
      --profile NAME     审查配置（默认 default）
      --format FORMAT    list 的输出：text（默认）或 json

退出码：0 通过；1 rules test 有示例未通过；2 规则集无效或用法错误。
`,

  explain: `用法：beishen explain <规则id> [--format json]

解释一条规则：类别、级别、说明、修改建议、依据条文原文和正反示例。

      --format FORMAT    text（默认）或 json
      --rules DIR        规则目录
      --corpus DIR       上位法库目录
      --profile NAME     审查配置

退出码：0 已显示；2 没有这条规则或规则集无效。
`,

  corpus: `用法：
  beishen corpus import <目录|文件>... [--out DIR] [--add] [--law-base-date DATE]
                                                   把法规（LawRefBook 式 markdown、.docx、.pdf）导入为法规库
  beishen corpus search <查询> [--corpus DIR] [--format text|json] [--limit N]   检索上位法条文

      --out DIR          import 的输出目录（默认 corpus/imported）
      --add              把新文本加入 --out 中已有的法规库：同名法律的旧文本自新文本施行之日起被取代
      --law-base-date D  法规库的截止日期（写入库中，报告据此说明“法规库截至……”）
      --corpus DIR       search 使用的法规库（默认随附的法规）
      --format FORMAT    search 的输出：text（默认）或 json
      --limit N          search 返回的条文数，1–100（默认 10）

退出码：0 完成；2 用法错误；3 import 有文件未能读取。
`,

  eval: `用法：beishen eval [选项]

在标注的评测集上用与 check 相同的流程检查，给出各类别的查全率、查准率、依据准确率和每项漏报、误报，
并与该评测集的 baseline.json 比较。

      --gold DIR         评测集：每份文件一个 .yaml 标注（corpus/gold 及 holdout-*），或含 labels.jsonl 的
                         真实文件集（如 ../shared/dev-corpus）；默认 corpus/gold
      --split PART       labels.jsonl 评测集的哪一部分：dev（默认）、holdout、all
      --details          留出部分也列出每条漏报和误报
      --format FORMAT    text（默认）或 json
      --update-baseline  把本次结果写为新的 baseline.json
      --baseline FILE    baseline.json 的位置（默认评测集目录下）
      --controls DIR     对照文件目录；--no-controls 不检查对照文件
      --rules DIR / --corpus DIR / --profile NAME

退出码：0 没有低于基线的指标；1 有指标低于基线；2 用法、评测集或规则集错误。
`,
};

/** The help for a command line: the command's own, or the overview. */
export function helpFor(command: string | undefined): string {
  return (command && HELP[command]) || HELP.main!;
}

/** `--help` or `-h` anywhere among a command's arguments (before a literal "--"). */
export function asksForHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}
