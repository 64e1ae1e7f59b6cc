// The body a clause names as the one that acts: "由县市场监督管理局处……", "由镇交管站予以暂扣". One list of the
// verbs that follow the body, for the annotation (AnnotatedSentence.actor: a body whose name ends as an organ's)
// and for the township check (township-imposer.ts: whatever stands between 由 and the verb).

/** What follows the body: the verb or preposition of its act ("由……依法", "由……处", "由……没收"). */
const ACTOR_VERB = '(?:依法|依照|按照|根据|责令|予以|处|给予|对|进行|负责|统一|组织|实施|将|会同|联合|没收|扣押|暂扣|查处|强制|拆除|清理)';

/** How an organ's name ends (bodies, their units, villages' committees, the companies a notice may charge). */
const ORGAN_NAME_END = '(?:人民政府|政府|办公室|局|委员会|委|部门|机关|指挥部|中心|所|站|队|中队|大队|支队|村民委员会|居民委员会|村委会|居委会|管委会|公司|企业|单位|物业|小组)';

const NAMED = new RegExp(`由([\\u4e00-\\u9fa5（）()]{1,24}?)${ACTOR_VERB}`);
const ORGAN = new RegExp(`由([\\u4e00-\\u9fa5（）()]{2,24}?${ORGAN_NAME_END})${ACTOR_VERB}`);

/** Whatever a text names between 由 and the verb of the act, or null: "由镇交管站予以暂扣" → 镇交管站. */
export function namedActor(text: string): string | null {
  return NAMED.exec(text)?.[1] ?? null;
}

/** The organ a text names as acting, its name ending as an organ's does: "由县城市管理局责令……" → 县城市管理局. */
export function actingOrgan(text: string): string | null {
  return ORGAN.exec(text)?.[1] ?? null;
}
