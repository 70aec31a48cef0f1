"""An indicator's name from the phrase that owns its figure (docs/indicators.md, "name").

    全县完成固定资产投资   -> 固定资产投资 (the lexicon's canonical name)
    种植马铃薯             -> 马铃薯        (after the last verb, unless only a generic word follows)
    农民工人均劳务收入      -> 农民工人均劳务收入 (a qualifier keeps the narrower series)
    地区生产总值增速 + 位居全市第一 -> 地区生产总值增速全市排名
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources

from .lexicon import lexicon
from .regions import gazetteer

__all__ = ["BARE_NAMES", "FIRM_MEASURES", "GENERIC_NAMES", "MAX_NAME_CHARS", "PROJECT_MEASURES", "SECTOR_NAMES",
           "SECTOR_PARTS", "SECTOR_SHARES", "SENT_TO", "TOTAL_GREW_AFTER", "MARK_MEASURE", "MARKED_NOUN",
           "base_crop", "brought_along", "clean",
           "coordinated_before",
           "crop_of",
           "firms_of", "growth_of", "measure_of", "name_of", "noun_after", "part_of", "ranking_name",
           "respective_names",
           "shared_names", "listed_status", "LISTED_INDUSTRY", "product_named", "signed_projects",
           "topic_of", "with_measure", "with_topic", "level_listed_after"]

MAX_NAME_CHARS = 20
_INNER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
_QUOTES = re.compile(r"[“”\"「」『』《》‘’']|^【[^】]{0,8}】"   # 【行政区划】全县…: a heading, not the name
                     r"|(?<=[A-Za-z])[（(][\u4e00-\u9fff]{2,10}[)）]"   # GDP(国内生产总值): a gloss
                     r"|(?<=[\u4e00-\u9fff])[（(][A-Za-z]{2,8}[)）]")   # 生产总值（GDP）
# (- 常住人口217万(2018): an infobox's or a list's bullet)
_LEADING = re.compile(r"^(?:[、，,]|[-－•●▪◆■]\s*|全县|该县|全市|该市|全区|该区|全州|该州|全省|县上|"
                      # (以加工贸易方式进出口: the trade's kind, no 以; not 以奖代补, 以工代赈: a programme's name)
                      r"以(?![奖工购]代)(?=[\u4e00-\u9fff]{2,8}方式)|"
                      # how a growth is reckoned
                      r"按(?:可比价格?|不变价格?|可比口径|同口径|现价|现行价格?)(?:计算)?|同口径|"
                      r"县域(?!经济)|全域(?!旅游)|其中|同时|首府|"
                      r"[一二两三四五六七八九]+[涨降平升]是|"   # “三涨”是衣着价格上涨0.8%: the count of rises, no name
                      r"此外|另外|另有|包括|涉及|但|而|以及|年初(?=已|将)|将(?![近来要])|成功(?=输转|引进|引培|招引|签约|签订|举办|创建|打造|申报|争取|落地|培育|获批|入选|实施)|(?:本次|此次|这次)(?:活动)?|当天|当日|当月|当地|至此|现已|特别是|尤其是|最终|"
                      r"(?:会上|现场)(?=(?:集中)?签[约订])|"   # (会上集中签约项目120个: where; not 现场教学点)
                      r"目前|我们|我县|我市|我区|我省|我州|本县|县里|市里|区里|州里|有关|每年|标志着|(?:银行业)?金融机构|[0-9一二三四五六七八九十两]年(?=新上|新建|新增|累计|共)|"
                      r"当前|境?内(?=共有|拥有|现有|有)|已经|已(?!(?:开工|建成|竣工|投产|完工|开复工|复工)[\u4e00-\u9fff]{0,6}项目$)|共计|共有|拥有|共|累计|并(?!网)|还|和|及|与|的|年(?=[青繁出挂育培加生种栽养]|中药材|产种量|农作物)|"
                      r"在[\u4e00-\u9fff]{2,14}?(?:会|节|活动|仪式|论坛)(?:上|中|期间)|"
                      # (在市场监管部门注册…: where)
                      r"在[\u4e00-\u9fff]{2,10}?(?:部门|局|平台|系统)(?=注册|登记|备案)|"
                      r"在(?!建|库|校生|园|职|岗|读|编|册|外)|其(?![他余它])|这|使|让|本年度|本年|年度(?!计划投资完成)|当年|全年|年内(?!有望)|现有|"
                      r"可以|可(?!利用|研|再生)|县内(?:原有|现有)|县内(?=有)|县(?![城级域委长乡直区市属列里级内外均]|及县|以下)|有(?![机色效线限关组]|林地)|"
                      r"受[\u4e00-\u9fff]{1,8}?影响|"   # (受政策影响上升1.5个百分点: the cause, no name)
                      # (帮助甘肃农村劳动力实现就业: who helped them, no part of their name)
                      r"帮助(?=甘肃|我省|全省)|"
                      r"向[\u4e00-\u9fff]{2,8}?(?=争取)|"   # (向中央省市争取各类资金: from whom, no part of the name)
                      r"先后|相继|依托|预计|约(?=占)|尚有|又|多方(?=筹)|据?初步(?:测算|统计|核算)|"
                      r"再?[加减](?=上级|调入|调出|动用|上年|上解|结转|债务|地方政府|补助)|"   # (final accounts' sums)
                      r"仅(?![占有])|(?:以上|以下|左右)(?=[、，,])|"
                      r"就(?![业近地]))+")   # (约占60%: a share with no part named)
_TRAILING = re.compile(r"(?:达到了|完成了|实现了|到达了|达到|到达|高达|多达|达|不足|不到|为|是|约|接近|近|"
                       # (…按不变价格计算比上年增长)
                       r"按(?:可比价格?|不变价格?|可比口径|同口径|现价|现行价格?)(?:计算)?|同口径|"
                       # (…在去年同期高基数的基础上增长6.5%: what it grew on, no name; from the last 在 only:
                       # 在建项目投资在去年同期基础上 keeps 在建项目投资)
                       r"在[^在，,。；;]{0,14}?基础上|"
                       # (粮食产量达到历史最高水平的50万吨: a record reached says what it is, no name)
                       r"(?:历史|有史以来)(?:最高|最好|新高)水平的?|"
                       # (居民消费价格环比由上月的下降转为上涨0.2%: what it turned from, no name)
                       r"由[\u4e00-\u9fff]{0,6}?(?:下降|上涨|增长|持平|下跌|回落)转为?|"
                       r"超过|超|突破|逾|共计|总计|合计|共|控制|"
                       r"累计|分别|已经|已|均|都|曾经|曾|增至|增加到|增加至|增长到|增长至|提高到|完成|实现|新增|首次|再次|一举|同比|有|达成|"
                       r"稳定在|保持在|保持|连续|连年|继续|持续|每年|稳|排名|跃升至|升至|提升至|提升到|提高至|上升到|上升至|"
                       r"下降到|下降至|下降为|降低为|减少为|上升为|提升为|提高为|增加为|降至|降到|降为|降低到|降低至|减少到|减少至|回落到|回落至|下滑至|下滑到|跌至|"
                       # (最低工资标准调整为1800元: the level, no 调整)
                       r"(?:上调|下调|调整|调增|调高|调减|调低|上涨|涨)(?:为|到|至)|"
                       r"就|将|在|以|更是|(?<![变更])更|(?<![相面针核应绝反配])对|(?<![规原细准法守否])则|进一步|(?:由|从)(?:原来|原先|过去|以前|每[\u4e00-\u9fff]{1,3})?|也|(?<![人英奇])才|了|仅|只有|只|占到|和|的|首破|"
                       r"可以|可|有望|预计|扩大至|扩大到|扩大|扩至|扩展到|基本|跨上|发展到|发展至|发展为|劲增|落成|"
                       r"接连|跨越|连跨|迈过|迈上|跨过|越过|常年|年均|先后|当年|(?:近|过去)?(?<!十)[两三四五六七八九十]年|"
                       r"连续[0-9两三四五六七八九十]+年|"   # 面积连续7年占全省的49%: how long, not what
                       r"(?<![占于居列])全[县市区州])+$")   # (各类市场主体全县累计11819户)
_CUT_VERBS = re.compile(r"完成|实现|达到|落实|投放|带动(?!性)|累计|新建成|新建|建成(?!区)|发放|引进|引培(?!育)|"
                        r"签约|争取|"
                        r"培育|"
                        r"种植(?![户大])|接待|"
                        r"拉动|"
                        r"兑现|减免|新增|(?<!基础)建设(?!区)|打造|(?<!科学)(?<!高质量)(?<!产业)(?<!产业链)发展|配置|流转|吸纳|落地|实施|推广|改造|整治|创建|"
                        r"认定|帮助|解决|提供|投入|申报|获得|销售(?!额|量|收入|总额|价)|带来|促进|完成了|实现了|确定|安排|采取|建立|"
                        r"组织实施|栽植|修建|入选|取得|涌现出|涌现|(?<!新)认证(?!证书|面积|基地|企业|产品)|为")
_LEADING_VERBS = re.compile(r"^(?:谋划(?=实施)|启动|完成|实现|落实|投放|带动(?!性)|累计|新建成|新建|建成(?!区)|发放|"
                            r"引进|引培(?!育)|签约|争取|培育|"
                            r"种植|接待|拉动|兑现|减免|新增|共|建设(?!用地)|打造|发展|配置|流转|实施|推动|促进|确定|安排|采取|建立|"
                            r"栽植|修建|入选|取得|涌现出|涌现|认证(?!证书|面积|基地|企业)|形成|推出|筛选出|划定|布设|为|了)+"
                            r"(?![型性])")   # (发展型贫困户: a kind, not a verb)
_NEUTRAL_VERBS = re.compile(r"^(?:累计完成|累计实现|完成|实现|落实|累计|共|达到|带动|拉动|为|了)+")
QUALIFIER_VERB = re.compile(r"^(?:新增|新建|新培育|新引进|新签约|新开工)")   # flows, not stocks
_ENTITY_END = re.compile(r"(?:企业|合作社|项目|产业|产业链|行业|园区|开发区|工业园|产业园|核心区|商品)$")
# (开发区完成投资, 汽车类商品实现零售额)
_CUMULATIVE = re.compile(r"累计(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{2})已(?=(?:累计)?(?:入驻|建成|落户|投产|投入))"
                         r"|(?<=[\u4e00-\u9fff]{2})(?<![项节科数题条名])目前共?(?=[\u4e00-\u9fff])"
                         r"|(?<=[\u4e00-\u9fff]{2})共(?=纳入|入库|储备)"
                         r"|(?<=[\u4e00-\u9fff]游)共计?(?=接待|实现)")   # (乡村游共计接待游客) adverbs:
# 中药材累计种植面积, 开发区核心区已入驻企业 (not where a name starts)
_GRADE = re.compile(r"[一二三四五特优上中下高低]等")   # 一等草场: a grade, not "such as"
_BROUGHT_ALONG = re.compile(r"^(?:辐射)?(?P<how>直接|间接)?(?:辐射)?带动(?:当地)?"
                            r"(?P<rest>(?:直接|间接)?(?:就近|就地)?(?:就业|务工)(?:人数|人员)?"
                            r"|[\u4e00-\u9fff]{0,6}?(?:群众|农户|劳动力|人口|务工人员|农民|贫困户|脱贫户|村民|居民|养殖户|种植户"
                            r"|大户)[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{0,4}脱贫[\u4e00-\u9fff]{0,4})$")
_COUNTED_FIRST = re.compile(r"[一二三四五六七八九十两0-9]+[大个家座处]|各类|各种")
_COUNTED_GROUP = re.compile(r"等((?:[一二三四五六七八九十两0-9]+[大个家座处])?[\u4e00-\u9fff]{1,6})$")
_NOT_URBAN = re.compile(r"[域县位划]")
# subjects listed before one share (保安族、撒拉族、土族、藏族等占1.07%): they hold it together, named as listed
_SHARED_BEFORE = re.compile(r"(?<=[\u4e00-\u9fff])(?:各|均|共|合计|共计|总计)?约?$")
_JOINT_SHARE = re.compile(r"((?:[\u4e00-\u9fff]{1,6}、)*[\u4e00-\u9fff]{1,6}?等"
                          r"|(?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6}?)约?占")
_NOT_SUCH_AS = re.compile(r"等(?:级|次|值|于|同|额)|[平对同均相]等")   # (等级公路, 等于, 平等: no list ends)
_ALL_KINDS = re.compile(r"^各(?:类|种|项)")
_FIRMS_ACHIEVED = re.compile(r"(企业|项目|园区|产业|行业)(?:实现|完成)")   # 规模以上电力企业实现工业增加值: the firms'
_HERD_FIRST = re.compile(r"^(出栏|存栏)((?:[\u4e00-\u9fff]{0,3}[牛羊猪鸡驴马禽畜]){1,2})$")
_HEAD_COUNTED = re.compile(r"([羊牛猪])只")
_TOOK = re.compile(r"占(?:到了|到|了)")   # 自助游占到了游客的80%: 占
_FROM_SOURCE = re.compile(r"从[\u4e00-\u9fff]{2,8}(?:产业|行业)中?$")
_NEUTRAL_CUT = frozenset({"完成", "实现", "达到", "累计", "落实", "完成了", "实现了", "为"})
# bare names that need their subject: 产值 of what? (苹果面积51万亩，产值4.52亿元 -> 苹果产值)
GENERIC_NAMES = frozenset({"面积", "总面积", "种植面积", "播种面积", "产量", "总产量", "年产量", "产值", "总产值",
                           "年产值", "综合产值", "收入", "总收入", "营业收入", "销售收入", "利润", "利润总额",
                           "总投资", "完成投资", "投资", "销售额", "产能", "规模", "存栏", "出栏", "饲养量",
                           "加工能力", "加工量", "挂果面积", "开工", "开工率", "全产业链产值", "种植规模", "养殖规模",
                           "销售量", "销量", "年销售额", "产销量", "存栏量", "出栏量", "总产", "亩均收入", "亩均产值",
                           "出栏率", "商品量", "亩产", "单产", "经济效益", "亩均收益", "亩均效益", "交易量", "交易额",
                           "年交易量", "年交易额", "品牌价值", "商品果率", "优质果率",
                           "总收益", "年销售", "亩产值", "亩均纯收入", "标准化种植面积", "标准化种植率"})
_GENERIC_TAIL = re.compile("(?:" + "|".join(sorted(GENERIC_NAMES, key=len, reverse=True)) + ")$")
# names that say only what is measured, not of what (投资, 项目, 企业): two such figures of one region and
# period are as likely two things as one thing restated, so they never make a revision (flags.py)
BARE_NAMES = GENERIC_NAMES | frozenset({"项目", "项目总投资", "项目投资", "资金", "企业", "合作社", "投入", "创收",
                                        "金额", "总金额", "收入",
                                        "效益", "就业", "规模", "数量", "总量",
                                        # a rate of no insurance or service named (参保率提高到92%: which one?)
                                        "参保率", "覆盖率", "发放率", "普及率",
                                        # an average says no more of what (and takes no crop: the paragraph's
                                        # crop may not be the plot's or base's it is said of)
                                        "平均亩产", "平均单产", "平均产量", "平均总产", "平均亩产值"})
# what a product's bare names measure: 苹果面积 … 产值 -> 苹果产值 (not 地方财政收入 … 产值)
_PRODUCT_TAIL = re.compile(r"(?:种植面积|播种面积|栽植面积|总面积|面积|总产量|年产量|产量|总产值|年产值|产值|总产|"
                           r"存栏量?|出栏[量率]?|饲养量|种植规模|养殖规模|规模|单产)$")
_MAIN_PART = re.compile(r"^.{0,12}?为主的?(?=.{2})")   # 以半夏为主的中药材播种面积 -> 中药材播种面积
_GENERIC = frozenset({"面积", "总面积", "产量", "总产量", "年产量", "总产", "年产值", "总量", "规模", "收入", "人数",
                      "总额", "金额", "产值", "总产值", "数量",
                      "资金", "投资", "总投资", "增加值", "效益", "销售额", "营业额", "户数", "量", "额",
                      "值", "率", "价值", "容量", "用量", "个数", "基地", "小区", "大户", "企业", "项目",
                      "园区", "就业", "土地"})
_GROWTH_WORDS = re.compile(r"增速|增幅|涨幅|增长率|增长速度")
# how far the work of a programme named by its verb has come (棚户区改造 | 新开工): no name without the programme
_WORK_DONE = frozenset({"开工", "新开工", "开复工", "基本建成", "建成", "竣工", "完工",
                        "开工率", "基本建成率", "竣工率"})
_DOING = frozenset({"实施", "引进", "建设"})   # verbs that say nothing of which 各类 projects
_ACHIEVED = re.compile(r"^(?:可|可以)?(?:实现|完成)")
_OUTPUTS = frozenset({"产值", "总产值", "增加值", "销售额", "营业额", "产量"})
_SPAN_START = re.compile(r"[由从]")
_RANK_DURATION = re.compile(r"连续[一二三四五六七八九十两多0-9]+年|连续多年|多年来?")
_NOT_A_RANKED_NAME = frozenset({"总值", "总量", "总额"})   # 总值位列全省第三: the figure's before it
_BARE_MEASURES = frozenset({"投资额", "投资", "产值", "产量", "收入", "面积"})   # the figure's before it


def ranks_previous(owner: str, previous: str) -> bool:
    """Whether a rank's owner is a bare measure of the indicator before it (投资额在全国排第23位 after
    完成固定资产投资650.88亿元): that indicator is ranked, not 投资额."""
    name = name_of(_GROWTH_WORDS.sub("", owner))[0]
    return name in _BARE_MEASURES and previous.endswith(name.removesuffix("额"))
# A count written number-first names its noun: 新培育47家农民专业合作社 -> 农民专业合作社; it ends
# before an amount (3项省列重点项目完成投资5.6亿元) or the projects' measure (35个项目总投资33.02亿元),
# and 中药材 is no 中.
_NOUN_AFTER = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9“”「」]{1,16}?"
                         r"(?=[，,。；;、：:（(]|$|当中|之中|[在于向到为]|[和及](?=[0-9０-９一两二三四五六七八九十])(?![^，,。；;]*(?:脱贫|出列|退出))|中(?![药医心小华央])|[0-9.]+[万亿]?元|(?<![0-9０-９.和及与、])[0-9０-９.]+(?:余|多)?[万亿]?(?:[人户名个家项座处亩头只]|万?吨)|累计实现|累计完成|的?基础上"
                         r"|(?<=项目)(?:经调整后)?(?:总|概算总?|计划总?|年度)?投资|预计)")   # (…项目经调整后计划总投资;
# 36户规模以上工业企业预计完成…: the firms, then what they are expected to do)
# a counted noun ends before its predicate, except people, whom the predicate defines (群众就近务工)
_PREDICATE = re.compile(r"(?:落户|落地|进入|开复工|实行|实现|担任|建成|开工|复工|投产|签约|入驻|进驻|参加|参与|"
                        r"接待(?!中心|站|能力|量)|达成|落成|竣工|遍布|提供|扎实|渐次|持续|迎(?=丰收|来)|"
                        r"开展|获得|通过|达到|完成|建设|推进|得到|享受|纳入|列入|被|进展|有序|顺利|稳步|"
                        r"拔地而起|遍地开花|吸纳|带动|(?<!转)让)"
                        r"(?!项目|基地|园区|企业|工程|示范|型|性)|带着|带来")   # (86个民生项目拔地而起,
# 12家企业带着3.03亿元投资落户: the projects, the firms)
# leaving poverty, named verb first whatever the order written (120个贫困村出列 -> 出列贫困村; 2.3万贫困人口和
# 5个贫困村脱贫退出: both)
_POVERTY_EXIT = re.compile(r"^(?P<noun>贫困人口|贫困户|贫困村)"
                           r"(?:[和及][0-9０-９.]+[万个户人]*(?:贫困村|贫困户|贫困人口))?(?:实现|全部)?(?P<verb>稳定脱贫|脱贫退出|脱贫摘帽|脱贫|出列|退出)")
_LENT = ("贷款", "资金", "补贴", "补助", "补助资金", "奖补资金")   # money handed out, whose recipients are counted
_PEOPLE = re.compile(r"^(?:[\u4e00-\u9fff]{0,4})(?:群众|农户|劳动力|人口|务工人员|农民|贫困户|脱贫户|村民|居民)")
_ADVERBS = re.compile(r"全部|全面|已经|已|实际(?=[开复完建投签落])|均|都|"
                      r"有序|加快|加速|顺利|正在|相继|先后|陆续|分别|也|还|了|按计划|按期")
_NOUN_ENDS_AT = re.compile(r"陆续|相继|先后|纷纷|竞相|次第|逐步|如期|硕果|又获|再获")   # adverbs: a predicate follows
# (秦安近40万亩苹果园硕果盈枝, 80万亩制种玉米今年又获丰收: a harvest told)
_SPLIT_WORD = frozenset("正成作")   # 正在, 成为, 作为: a boundary 在 or 为 must not split them
_TOGETHER = re.compile(r"(?<!公)共(?![享建同产有计])")   # …共接待游客 (not 公共, 共享, 共有)
_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# a kind the examples before 等 stand for (水电、风电、太阳能发电等清洁能源发电量)
_QUALIFIED_MEASURE = re.compile(r"(?:清洁能源|新能源|可再生能源|绿色|特色|优势)")
_RATE_FIRST = re.compile(r"[0-9.]+[%％]")
# the measures a mark of things counted is said in (其中5家企业投资超千万元, 营业收入突破1亿元, 年销售额超百万元)
MARK_MEASURE = r"年?(?:投资|产值|营业收入|销售收入|销售额|营收|交易额|纳税)额?"
# the things counted before their mark, no total (not 实现…, 完成投资, 累计, 共, 总; 总部企业 is a kind of firm)
MARKED_NOUN = r"(?:(?!完成|实现|累计|共|总(?!部))[\u4e00-\u9fff]){1,10}?(?<!市场)"
_MEASURE_REACHED = re.compile(rf"(?:{MARK_MEASURE})?(?:超过?|突破|达到?)$")
_AMOUNT_ONLY = re.compile(r"[0-9.]+[十百千万亿]*元(?:以上)?")   # 销售收入达到2000万元的有5家: a mark the verb reaches
# the head of a noun a verb's object may make (蔬菜销售市场); a crop or a product after a verb is its object
_FACILITY_HEAD = re.compile(r"(?:村|市场|店|床位|工程|能力|基金|农户|站|点|库|厂|场|园|区|线)$")


def _compound_head(before: str, rest: str) -> str | None:
    """The noun a verb's object makes of a short head after it, or None: in 乡村建设示范村,
    蔬菜销售市场, 农村供水改造工程 the "verb" is inside one noun (a market for selling vegetables),
    and its head alone (示范村, 市场, 工程) would name nothing of its own."""
    if len(rest) > 3 or not _FACILITY_HEAD.search(rest):
        return None
    head = clean(_LEADING_VERBS.sub("", clean(before)))
    if not 2 <= len(head) <= 8 or not _CJK_ONLY.fullmatch(head) or _PEOPLE.match(head) \
            or _CUT_VERBS.search(head) or _ADVERBS.search(head):
        return None
    return head


_COUNTY_TOWN = re.compile(r"城(?![区镇乡市关])")
_HERE_INSIDE = re.compile(r"(?<=.)在(?:(?:该|本|我)[县市区州]"
                          r"|甘(?:肃省?)?(?![谷南州])(?![\u4e00-\u9fff]{0,3}[县市区州]))(?=.)"
                          r"(?![^，,]{0,12}中)")   # (not 在全县GDP中的比重; 中央企业在甘签约项目: in Gansu, where)


def clean(phrase: str) -> str:
    """An owner phrase without quotes, leading subjects (全县, a region) and linking words."""
    phrase = _QUOTES.sub("", phrase).strip()
    if "在" in phrase:   # 经准入在该县开展玉米种子生产的企业: where is the region's, no part of what is counted
        phrase = _HERE_INSIDE.sub("", phrase)
    if " " in phrase:   # 羊饲养 量, 人均 牧业收入: a stray space inside a word (a converted page)
        phrase = _INNER_SPACE.sub("", phrase)
    places = gazetteer()
    while True:
        before = phrase
        if not places.at_start(phrase):   # (和政县储备项目: the county, not 和 before 政县)
            phrase = _LEADING.sub("", phrase)
        found = places.at_start(phrase)
        if found and not (found[0] < len(found[1].name) and _PRODUCT_TAIL.fullmatch(phrase, found[0])):
            # (白银产量: silver's output — a short name before a bare measure is a product)
            urban = found[1].name.endswith("市") and (phrase.startswith("区", found[0]) and phrase[found[0] - 1] == "市"
                                                     or phrase.startswith("市区", found[0])) \
                and not _NOT_URBAN.match(phrase, found[0] + (phrase[found[0]] == "市") + 1)   # (市区域, 市区县两级)
            phrase = phrase[found[0]:]
            if urban:   # 武威市区常住人口: the city's urban districts (市区), not 区常住人口
                phrase = phrase if phrase[:1] == "市" else "市" + phrase
                continue
            town = _COUNTY_TOWN.match(phrase, 1 if phrase[:1] == "县" else 0)   # 会宁县城面积: the county
            if phrase[:1] in "县区市州" and found[1].short and found[0] == len(found[1].short) and not town \
                    and found[1].name.endswith(phrase[:1]):
                phrase = phrase[1:]   # 夏河县 found as 夏河: its 县 goes too (not 甘肃省's 县域经济)
            elif town and phrase[:1] == "城" and found[1].name.endswith("县"):
                phrase = "县" + phrase   # town's (县城面积), not 城面积 (but 渭源县城镇居民: the county's)
        phrase = _TRAILING.sub("", phrase)
        if phrase == before:
            return phrase.strip()


# workers sent to one place named (向兰州市输转城乡富余劳动力): a series apart from all the county sent out
SENT_TO = re.compile(r"向(?:[^\W\d和及与、]{2,8}?(?:省|市|区|县|州)|新疆|西藏|内蒙古|宁夏|广西|北京|天津|上海|重庆)"
                     r"(?:输转|转移|输出|输送)[\u4e00-\u9fff]{0,10}$")   # (a list of places: all sent out)
_DIRECTED = re.compile(r"(?:定向|定点)+(?:输转|转移|输出)[\u4e00-\u9fff]{2,10}$")
_ALREADY_DONE = re.compile(r"(?<=[\u4e00-\u9fff]{2})已(?=(?:支出|拨付|下达|到位|发放|兑付|使用)$)")


@lru_cache(maxsize=16384)
def name_of(phrase: str) -> tuple[str, str]:
    """(name, raw name) of an owner phrase; ('', '') when it names nothing, (“”, raw) when
    what it names is not a usable name."""
    raw = clean(_CUMULATIVE.sub("", phrase)).replace("会期间", "会")   # 兰洽会期间签约项目: the fair's
    if joined := _with_listed_modifiers(_DOING_FIRST.sub("", raw), lambda rest: name_of(rest)[0]):
        return joined, raw   # 新建、续建项目开工 (实施新建、续建招商引资项目: after its verb)
    if "只" in raw:
        raw = _HEAD_COUNTED.sub(r"\1", raw)   # 羊只饲养量: 羊饲养量 (只 counts the animals, it names nothing)
    if "已" in raw:
        raw = _ALREADY_DONE.sub("", raw)   # 衔接资金已支出: 衔接资金支出 (已 says when, not what)
    if raw.startswith("达成签约") and raw.endswith("项目") and len(raw) <= MAX_NAME_CHARS:
        return raw, raw   # 举办…洽谈活动，达成签约项目157个: what the events reached, apart from all projects signed
    if ("定向" in raw or "定点" in raw) and (directed := _DIRECTED.search(raw)) is not None:
        return raw[directed.start():], raw   # 向天津市东丽区定向输转劳动力: workers sent to a partner, a series apart
        # from all the county sent out (劳务输转), where to no part of the name
    if "向" in raw and (sent := SENT_TO.search(raw)) is not None:
        return raw[sent.start():], raw   # 向兰州市输转城乡富余劳动力: those sent there (a list of places: all sent out)
    raw = _SECURED.sub("争取", raw)   # 争取到各类项目 is 争取各类项目
    if "固投" in raw:
        raw = raw.replace("固投", "固定资产投资")   # 工业固投: the short form of 工业固定资产投资
    if "在内的" in raw:   # 包括电力…、水利…管理业在内的基础设施完成投资: what the list is inside of
        raw = raw.rpartition("在内的")[2]
    if "项目" in raw:
        raw = _STATUS_THE.sub(r"\1", _DONE_ADVERBS.sub("", raw))
    if (among := _AMONG_PROJECTS.search(raw)) is not None:   # 此次开工的重点项目有工业及节能改造项目: the part
        raw = raw[among.end():]
    if (item := _MEASURE_THEN_ITEM.fullmatch(raw)) is not None:   # 饲养量分别达猪45.3万头、鸡142万羽
        return name_of(item["item"] + item["measure"])[0], raw
    if raw.endswith(("项目清单", "项目投资清单")):   # 列入市级投资项目清单41项: the projects on the list
        raw += "项目"
    if "专场签约" in raw and raw.endswith("项目") and (session := _SESSION_SIGNED.search(phrase)) is not None:
        label = session[1]
        for start, end, _ in gazetteer().find(phrase):   # (兰洽会兰州市省市专场: 省市专场, never 州市省市专场)
            if start < session.start(1) < end < session.end(1):
                label = phrase[end:session.end(1)]
            elif session.start(1) < start < session.end(1):   # (兰洽会白银市专场: 白银市专场)
                label = phrase[start:session.end(1)]
        return label.removeprefix("在") + signed_projects(clean(phrase[session.end():])), raw   # 在县专场…: its
    signed = _SIGNED.match(raw)
    if signed and raw.endswith("项目") and "等" not in raw:   # 签约重点项目: signed, apart from those built
        return (signed["new"] or "") + signed_projects(raw[signed.end():]), raw
    if not raw:
        return "", ""
    if raw.endswith("比重") and (people := _PEOPLES_SHARE.fullmatch(raw)) is not None:
        raw = f"{people[1]}占总人口比重"   # 藏族人口比重55%: of all the people
    if raw.endswith("占比") and (within := _SHARE_WITHIN.fullmatch(raw)) is not None:
        raw = f"{within[1]}占{within[2]}比重"   # 经济总量在全省占比: its share of the province's
    elif "中的" in raw and (among := _SHARE_AMONG.fullmatch(raw)) is not None:
        raw = f"{among[1]}占{among[2]}比重"   # 制种收入在全市农业总产值中的比重: its share of that whole
    if "占" in raw and (share := _share_name(raw)):
        return share if len(share[0]) <= MAX_NAME_CHARS + 14 else ("", raw)
    if raw.endswith("项目") and (started := _STARTED.match(raw)) is not None and len(raw) <= MAX_NAME_CHARS + 1:
        return started[1] + raw[started.end():], raw   # 开工建设重点项目82个, 开工建设的重点项目: the ones started,
        # apart from the year's whole list (重点项目)
    canonical = lexicon().canonical(raw)
    if canonical:
        return canonical, raw
    if "共" in raw[2:] and (together := _TOGETHER.search(raw, 2)) and raw[together.start() - 1] != "游" \
            and (canonical := lexicon().canonical(raw[together.end():])):   # (乡村游共接待游客: a kind of tourism)
        group = _COUNTED_GROUP.search(raw, 0, together.start())
        return (group[1] + canonical if group else canonical), raw   # 美丽乡村和各A级景区共接待游客: the places
        # are its subject, not its name (but 鸣沙山月牙泉、莫高窟等六大景区共接待游客: those six's)
    if lexicon().ends_with_synonym(raw):   # 农民工人均劳务收入: qualified, a narrower series
        if (achieved := _FIRMS_ACHIEVED.search(raw)) is not None and achieved[1] == "企业" \
                and (measure := raw[achieved.end():]) and (head := clean(raw[:achieved.end(1)])):
            # 规模以上工业企业完成工业增加值: the industry's, as the lexicon names it (规模以上工业增加值)
            firms = _firms_measure(head, measure)
            if 2 <= len(firms) <= MAX_NAME_CHARS:
                return firms, raw
        name = clean(_NEUTRAL_VERBS.sub("", _FIRMS_ACHIEVED.sub(r"\1", raw)))
        if (synonym := lexicon().synonym_ending(name)) and name[:-len(synonym)].endswith(("实现", "完成")) \
                and len(name) > len(synonym) + 2:
            name = name[:-len(synonym) - 2] + synonym   # 市区实现地区生产总值: 市区地区生产总值
        if "等" in name[1:] and not _GRADE.search(name) and not _NOT_SUCH_AS.search(name) \
                and (_COUNTED_FIRST.match(listed := name.rpartition("等")[2])
                     or (_QUALIFIED_MEASURE.match(listed) and lexicon().ends_with_synonym(listed))):
            name = listed   # 鸣沙山月牙泉等六大景区旅游接待人数: the places the examples stand for (水电、风电、
            # 太阳能发电等清洁能源发电量: the kind they are examples of)
        lead = _LEADING_VERBS.match(name)
        if lead and not QUALIFIER_VERB.match(name):   # 实施县列重点项目 -> 县列重点项目
            name = clean(name[lead.end():])
        name = lexicon().respelled(name) or name   # 县均GDP -> 县均地区生产总值: the qualifier kept, the measure named
        return (name, raw) if 2 <= len(name) <= MAX_NAME_CHARS else ("", raw)
    name = raw
    if raw.endswith("占") and (joint := _JOINT_SHARE.fullmatch(raw)) is not None:
        return joint[1] + "比重", raw   # 保安族、撒拉族、土族、藏族等占1.07%: the share they hold together
    if "等" in raw[1:] and not _GRADE.search(raw):   # 签约陕西大冷肉牛养殖等项目: "projects such as …"
        head, _, tail = raw.rpartition("等")
        verb = _CUT_VERBS.search(head)
        canonical = lexicon().canonical(verb[0] + tail) if verb else None
        if canonical:
            return canonical, raw
        name = tail
        status = _LISTED_STATUS.match(head)
        if status and tail.endswith("项目"):   # 在建20兆瓦太阳能光伏发电、天宏鞋业等项目16个: the projects building
            return status[1] + tail, raw
    name = _MAIN_PART.sub("", name)
    if status := _STATUS_OF_PROJECTS.match(name):   # 开工建设的石材项目达24个: the ones started
        return status[1] + name[status.end():], raw
    if _STATUS_PROJECTS.match(name):   # 新建项目开工18个: the new projects', 新建 is no verb here
        return (name, raw) if len(name) <= MAX_NAME_CHARS else ("", raw)
    for verb in reversed(list(_CUT_VERBS.finditer(name))):
        rest = name[verb.end():]
        if rest[:1] in ("型", "性"):   # 发展型贫困户, 带动性贷款: a kind named by the verb, no verb here
            continue
        if len(rest) < 2 or (rest[:1].isdigit() and (_RATE_FIRST.match(rest) or _AMOUNT_ONLY.fullmatch(rest))):
            # 种植户: the verb is part of the
            continue   # noun (and of a rate that says which: 产能利用率达到100%的企业)
        if _FROM_SOURCE.search(name, 0, verb.start()):   # 农民人均从肉羊产业获得收益: what comes from a source
            break
        if verb[0] == "建设" and rest.startswith("用地"):   # 设施农业建设用地: land for building, one noun
            continue
        if (done := rest.removeprefix("当年")) in _WORK_DONE and (head := clean(name[:verb.start()])):
            name = head + verb[0] + done   # 棚户区改造开工, 危房改造基本建成: the programme's, never a bare 开工
            break
        if verb[0] == "签约" and rest.endswith("项目") and "等" not in rest:   # 招商活动签约合同项目56个: signed,
            return signed_projects(rest), raw   # apart from the projects built (as 签约重点项目)
        if verb[0] == "签约" and (status := _SIGNED_THEN.fullmatch(rest)) is not None:   # 兰洽会签约项目已开工110个:
            return signed_projects(status[1]) + status[2], raw   # the signed projects started (not all projects')
        if verb[0] == "建设" and name.endswith("开工", 0, verb.start()) and rest.endswith("项目") and "等" not in rest \
                and len(rest) + 4 <= MAX_NAME_CHARS:   # 开工建设投资500万元以上项目355个: the ones started,
            return "开工建设" + rest, raw   # apart from all of them (as 开工项目, 开工建设的石材项目)
        if verb[0] == "发放" and _PEOPLE.match(rest) and not _STATES_MEASURE.search(rest) \
                and (lent := clean(name[:verb.start()])).endswith(_LENT) and len(name) <= MAX_NAME_CHARS:
            return lent + verb[0] + rest, raw   # 精准扶贫专项贷款发放贫困户13140户: the households the loan reached,
            # not the 贫困户 the county counts
        if verb[0] == "带动" and _PEOPLE.match(rest.removeprefix("建档立卡")) and not _STATES_MEASURE.search(rest) \
                and not rest.endswith("增收"):   # 辐射带动贫困户2271户: the people it brought along,
            return (verb[0] + rest, raw) if len(rest) + 2 <= MAX_NAME_CHARS else ("", raw)   # a series apart
            # from the 贫困户 the county counts
        if _ALL_KINDS.sub("", rest) not in _GENERIC or (verb[0] in _DOING and rest != _ALL_KINDS.sub("", rest)):
            # 争取各类项目: the verb says which projects; 实施各类项目 are 各类项目 (实施 says nothing)
            if (compound := _compound_head(name[:verb.start()], rest)) is not None:
                name = compound + verb[0] + rest   # 乡村建设示范村, 蔬菜销售市场: one noun
                break
            head = clean(name[:verb.start()]) if verb[0] in _NEUTRAL_CUT else ""
            # 规上工业企业实现销售收入: the enterprises' revenue, not anyone's; 规模以上工业实现利润总额: the industry's
            name = _firms_measure(head, rest) if _ENTITY_END.search(head) or head.endswith("业") else rest
            break
        if rest and verb[0] in _NEUTRAL_CUT and (head := clean(name[:verb.start()])):   # 规上工业企业实现营业收入
            name = _firms_measure(head, rest)
            break
    stripped = clean(_LEADING_VERBS.sub("", name))
    if not stripped:   # 种植35亩: a verb alone names nothing
        return "", raw
    # 带动就业 and 完成投资 stay; 实现产值 is 产值 (实现 says nothing of what is measured)
    name = stripped if len(stripped) >= 2 and (_ALL_KINDS.sub("", stripped) not in _GENERIC or
                                               (_ACHIEVED.match(name) and stripped.removeprefix("年") in _OUTPUTS)) \
        else clean(name)   # (实现年产值: 年产值, a year's 产值)
    name = _TOOK.sub("占", name)
    if (herd := _HERD_FIRST.match(name)) is not None:   # 出栏牦牛 is written 牦牛出栏
        name = herd[2] + herd[1]
    if "的" in name and (owned := _POSSESSED.fullmatch(name)) \
            and ((owned[2] in GENERIC_NAMES and len(owned[1]) <= 4)
                 or (owned[1].endswith(("产业", "项目")) and owned[2].endswith("资金"))):
        name = owned[1] + owned[2]   # 纹党的种植面积 -> 纹党种植面积 (马铃薯产业的中央资金 -> 马铃薯产业中央资金)
    if name.endswith("占") and len(name) > 2:   # 农业人口占91.85%: its share (谷子约占16%: 约 an approximation)
        name = (_SHARED_BEFORE.sub("", name[:-1]) or name[:-1]) + "比重"   # (糜子约占16%, 各占8%, 合计占: the share)
    if len(name) > MAX_NAME_CHARS or len(name) < 2:
        return "", raw
    # (一产完成增加值: 一产增加值 once its verb is cut, a synonym: the lexicon's 第一产业增加值)
    return (lexicon().canonical(name) or name) if name != raw else name, raw


_SHARE = re.compile(r"占(?:到了|到|了)?(?!地(?!区)|[有用领据])")   # not 占地面积, 市场占有率 (but 占地区生产总值)
# (比重始终; 占总人口比为16.4%: 比 alone; 占GDP比值)
_SHARE_WRITTEN = re.compile(r"的?(?:比重|比例|比值|比(?=$))(?:始终|一直|均|都|持续)?(?:保持在?|稳定在)?$")
_AMOUNT = re.compile(r"[0-9０-９.．]+[万亿千百]*(?:元|亩|吨|人|户|个|项)?"
                     r"(?![0-9０-９.．万亿千百元亩吨人户个项]*(?:以上|以下|及以上))")   # (not a size band:
# 占全县500万元以上项目完成投资)
_PROVINCE_WHOLE = re.compile(r"^甘肃省?")
_SCOPES = frozenset({"全国", "全省", "全市", "全州", "全县", "全区"})
_OWN_SCOPE = re.compile(r"^(?:全县|全区)(?=..)")


_SHARE_WITHIN = re.compile(r"(.{2,12}?)在(全国|全省|全市|全州|全县)的?占比")


_PEOPLES_SHARE = re.compile(r"((?:少数民族|[\u4e00-\u9fff]{1,3}族)(?:人口)?)比重")
_SHARE_AMONG = re.compile(r"(.{2,12}?)在(?:全国|全省|全市|全州|全县|全区)?(.{2,12}?)中的(?:比重|比例|占比)")
_WHOLE_PERIOD = re.compile(r"^(?:(?:当年|全年|同期|去年|上年|今年|[0-9]{4}年)(?:同期|末|底)?)+(?=[\u4e00-\u9fff]{2})")


def _without_period(whole: str) -> str:
    """A share's whole without the period written before it (当年, 去年, 2019年: the share's own period), unless
    that leaves nothing or only 同期 (占去年同期的120%: last year's same days, kept)."""
    stripped = _WHOLE_PERIOD.sub("", whole)
    return stripped if stripped and stripped != "同期" else whole


def _share_name(raw: str) -> tuple[str, str] | None:
    """X占Y(的比重): a share, named `X占Y比重` whatever the phrase before X; Y is the lexicon's name
    when it has one (占全县GDP -> 占地区生产总值), a bare scope (占全省) as written; 的比重 is 比重
    (one series however it is written). None when the phrase is not a share. `X` may be empty
    (占全部投资的比重): the name of the figure before it goes there (with_topic)."""
    at = None
    for m in _SHARE.finditer(raw):
        at = m
    if at is None or raw.endswith("占比"):
        return None
    head, rest = raw[:at.start()], re.sub(r"\s+", "", raw[at.end():])
    written = _SHARE_WRITTEN.search(rest)
    # 占2019年脱贫总人口的69.5%: the year's own, as the share is
    core = _AMOUNT.sub("", _without_period(rest[:written.start()] if written else rest))   # 占年计划28亿元的 -> 年计划
    if not core:
        return None
    core = _PROVINCE_WHOLE.sub("全省", core)   # 占甘肃省的30%: the province's, 全省 as 全省 is written
    core = _without_period(core)   # 占当年人均可支配收入 (its number gone: 占当年计划28亿元的)
    if core.endswith("总量") and core[:-2] in _SCOPES:
        core = core[:-2]   # 占全省总量的39%: 全省's, 总量 saying nothing more
    if core not in _SCOPES:   # 占全县总人口: the county's own whole is 总人口 (not 全市, 全省: another's)
        core = lexicon().canonical(core) or _FIRMS_ACHIEVED.sub(r"\1", _OWN_SCOPE.sub("", core))
    if head:
        head = name_of(head)[0] or head
    if core == "地区生产总值" and (sector := _SECTOR_VALUE_ADDED.get(head.removesuffix("增加值"))):
        return sector, raw   # 一产占GDP比重, 第一产业增加值占地区生产总值的比重: 第一产业比重
    return f"{head}占{core}比重", raw   # (占全部投资的比重 and 占全部投资比重 are one series)


def crop_of(name: str) -> str:
    """A crop or orchard named without a measure for an area (种植土豆102万亩 -> 土豆), which the bare
    measures after it are about (总产量135万吨 -> 土豆总产量); '' for anything else."""
    name = name.removesuffix("种植")   # 马铃薯种植80万亩
    if name.endswith("树") and len(name) > 2:   # 栽植花椒树30万亩: 花椒
        name = name[:-1]
    if 2 <= len(name) <= 6 and name not in GENERIC_NAMES and not _PRODUCT_TAIL.search(name) \
            and not _GENERIC_TAIL.search(name) and not lexicon().canonical(name) and not name.endswith(_NOT_CROPS):
        return name
    return ""


def base_crop(name: str) -> str:
    """The crop a base for it is named by (脱毒种薯生产基地3万亩，平均亩产1500公斤 -> 脱毒种薯: the yield is the
    crop's), '' when the base is named by anything else (机械化示范基地, 主导产业基地, 马鹿乡…)."""
    base = _BASE_OF.fullmatch(name)
    if base is None or _NOT_A_CROP_HEAD.fullmatch(base[1]) or gazetteer().find(base[1]):
        return ""
    return crop_of(base[1])


_BASE_OF = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:生产|种植|示范|标准化|繁育|育苗)*基地")
_NOT_A_CROP_HEAD = re.compile(r".*(?:化|产业|农业|经济|综合|科技|[县市区乡镇村园])"
                              r"|(?:无公害|绿色|有机|现代|高效|特色|优质)+|.*的.*")   # (what the base is like)
# land, not a crop: its bare measures after it are not about it (unless it is a base named by its crop)
_NOT_CROPS = ("基地", "园", "园区", "小区", "梯田", "农田", "繁育田", "示范田", "土地", "耕地", "草原", "林地", "区",
              "带", "场", "温室", "棚", "复种", "地膜", "挂果", "认证")   # (nor a facility or a way of growing)


def listed_status(clause: str) -> str:
    """The status a clause opens with before a list of projects (在建20兆瓦太阳能光伏发电、天宏鞋业等
    项目16个 -> 在建), or ''."""
    status = _LISTED_STATUS.match(clause)
    return (status[1] or status[2]) if status else ""


def signed_projects(noun: str) -> str:
    """The projects signed (签约32个项目, 签约重点项目50个): 签约 + the noun, by its lexicon name."""
    return lexicon().canonical("签约" + noun) or "签约" + noun


# (到乡村旅游者达22万人, 实现综合收入达6000万元: rural tourism's)
_KIND_OF_TOURISM = re.compile(r"(?:到|来)?([\u4e00-\u9fff]{2,6}旅游|[\u4e00-\u9fff]{1,4}(?<!旅)游)"
                              r"(?:接待人次|接待人数|接待游客|游客接待量|接待游客人次|者|人数|游客)")


# a zone opening a name (光电园区新能源发电量): the bare measures after it are the zone's too
_ZONE_FIRST = re.compile(r"[\u4e00-\u9fff]{0,6}(?:产业园区|工业园区|园区|开发区|工业园|产业园|集中区)(?:核心区)?"
                         r"(?=[\u4e00-\u9fff]{2})")   # (开发区核心区: the zone's core, the zone all the same)
# a kind of school and what is counted of it (中等职业学校招生, 普通高中在校生): the later bare counts are its too
_SCHOOL_MEASURES = frozenset({"招生", "在校生", "毕业生", "在园幼儿", "专任教师", "教职工"})
_SCHOOL_MEASURE = re.compile("(?:" + "|".join(sorted(_SCHOOL_MEASURES, key=len, reverse=True)) + ")$")
_SCHOOL_KIND = re.compile(r"(?:学校|小学|初中|高中|中学|幼儿园|大学|学院|技校)$")


def topic_of(name: str) -> str:
    """What a name is about, for the bare names after it: 苹果种植面积 -> 苹果; '' for a lexicon name
    or a bare name."""
    if (school := _SCHOOL_MEASURE.search(name)) is not None and school.start() >= 2 \
            and _SCHOOL_KIND.search(name, 0, school.start()):
        return name[:school.start()]   # 中等职业学校招生1681人，在校生4503人: that school kind's students
    if name.endswith("项目") and len(name) >= 4 and name not in GENERIC_NAMES:
        return name   # 县列重点项目82项，总投资121.9亿元: the projects' investment
    counted = _COUNTED_PROJECTS.fullmatch(name) if "项目" in name else None
    if counted and len(counted[1]) >= 4:   # 工业及能源项目开工11项，完成投资2.24亿元: those projects'
        return counted[1]
    if "项目" in name and (invested := _PROJECTS_INVESTED.fullmatch(name)) is not None:
        return invested[1]   # 续建项目新增投资55.55亿元，1~7月累计完成投资268.78亿元: theirs again
    if name.endswith("协议") and len(name) >= 4:
        return name   # 签订意向性合作协议3个，签约额13.15亿元: the agreements'
    if name == "旅游接待人次":
        return "旅游"   # 接待游客90万人次，实现综合收入4.95亿元: tourism's
    if (kind := _KIND_OF_TOURISM.fullmatch(name)) is not None:
        return kind[1]   # 乡村旅游接待人数达1142.04万人，收入28.8亿元: rural tourism's
    if (firm := _FIRM_MEASURE.search(name)) and name[:firm.start()].endswith("企业"):
        return name[:firm.start()]   # 入住企业产值9亿元，工业产值7.25亿元: those firms' again
    tail = _PRODUCT_TAIL.search(name)
    sales = _SALES_TAIL.search(name) if tail is None or tail.start() > 0 else None
    if sales is not None and (tail is None or sales.start() < tail.start()):
        tail = sales   # the longest: 马铃薯亩产值 is 马铃薯's (亩产值), not 马铃薯亩's
    tail = tail or _CAPACITY_TAIL.search(name)
    if name in GENERIC_NAMES or not tail or lexicon().canonical(name):
        zone = _ZONE_FIRST.match(name)   # 光电园区新能源发电量达18.1亿千瓦时，销售收入15.6亿元: the park's sales
        return zone[0] if zone is not None and "项目" not in name and lexicon().canonical(name[zone.end():]) else ""
    head = _GROWN.sub("", name[:tail.start()].removesuffix("年").removesuffix("平均")
                      .removesuffix("总"))   # 核桃栽培面积 … 产值: (粮食总播种面积: 粮食's)
    # 核桃's (平均亩产1500公斤，总产…: 平均 is no subject, no 平均总产)
    if len(head) >= 3 and head.endswith("树"):
        head = head[:-1]   # 苹果树栽植面积 …, 挂果面积: the apples' (not the trees')
    head = _FORM_OR_BASE.sub("", head)   # 油橄榄基地面积…，鲜果产量: the olives'
    if head in _GROWING or _MEASURES_LISTED.search(head):   # 栽培面积; 蔬菜面积、产量和产值: the first's
        listed = _MEASURES_LISTED.search(name)   # subject, if it has one
        return topic_of(name[:listed.end() - 1]) if listed else ""
    return head if len(head) >= 2 or (head in _LIVESTOCK and _HERD.search(name)) else ""


_GROWING = frozenset({"种植", "栽培", "栽植", "栽种", "挂果", "留存"})
_PROJECTS_INVESTED = re.compile(r"([\u4e00-\u9fff]{2,8}项目)(?:新增投资|完成投资|累计完成投资)")
# the national classification's industries whose names hold a 、: one name each, never a list
LISTED_INDUSTRY = re.compile(r"电力、热力(?:、(?:燃气及水|燃气|煤气))?的?生产[和及]?供应业|"
                              r"交通运输、仓储和邮政业|水利、环境和公共设施管理业|"
                              r"信息传输、软件和信息技术服务业|文化、体育和娱乐业|居民服务、修理和其他服务业|"
                              r"公共管理、社会保障和社会组织|农、林、牧、渔业|"
                              # the national classification's manufacturing names with a 、 inside
                              r"计算机、通信和其他电子设备制造业|铁路、船舶、航空航天和其他运输设备制造业|"
                              r"酒、饮料和精制茶制造业|纺织服装、服饰业|皮革、毛皮、羽毛及其制品和制鞋业|"
                              r"木材加工和木、竹、藤、棕、草制品业|文教、工美、体育和娱乐用品制造业|"
                              r"石油、煤炭及其他燃料加工业|石油加工、炼焦和核燃料加工业|金属制品、机械和设备修理业")
_MEASURES_LISTED = re.compile(r"(?:面积|产量|产值|总产|存栏|出栏|饲养量|规模)[、和及与]")


_FORM_OR_BASE = re.compile(r"(?<=..)基地$")
_PART_MEASURE = re.compile(r"(?:鲜果|干果|鲜叶|干品|鲜品|商品果|精品果)(?:产量|产值)")   # a form of the product
_GROWN = re.compile(r"(?<=..)(?:种植|栽培|栽植|栽种|挂果|留存)$")   # (苹果挂果面积 … 产量: the apples')
# what a product's sales and processing are measured by (纹党年加工量…，销售收入 -> 纹党销售收入)
_PRODUCT_SALES = frozenset({"销售收入", "销售额", "年销售额", "销售量", "销量", "产销量", "加工量", "加工能力",
                            "商品量", "交易量", "交易额", "年交易量", "年交易额", "品牌价值",
                            "亩均收入", "亩均产值", "亩产", "单产", "经济效益", "亩均收益", "亩均效益",
                            "商品果率", "优质果率", "总收益", "年销售", "亩产值", "亩均纯收入", "标准化种植率"})
_CAPACITY_TAIL = re.compile(r"(?<=..)产能$")   # 白羽肉鸡产能 … 产值: the broilers' (a bare 产能 takes no subject)
_SALES_TAIL = re.compile(f"(?:{'|'.join(sorted(_PRODUCT_SALES, key=len, reverse=True))})$")
_LIVESTOCK = frozenset("牛羊猪鸡驴马")   # 牛饲养量14.8万头、出栏4.8万头 -> 牛出栏
_HERD = re.compile(r"(?:存栏量?|出栏量?|饲养量)$")
SECTOR_SHARES = ("第一产业比重", "第二产业比重", "第三产业比重")
_SECTOR_VALUE_ADDED = {"第一产业": SECTOR_SHARES[0], "第二产业": SECTOR_SHARES[1], "第三产业": SECTOR_SHARES[2]}
_THREE_SECTOR_SHARES = re.compile(r"^(?:三次产业|一二三产业?|第一、二、三产业)(?:增加值)?(?:占.*比重|比重|占比)$")
# the three sectors named as one (三次产业增加值分别为…, 三次产业分别增长…: value added when nothing follows)
_THREE_SECTORS = re.compile(r"^三次产业(?P<tail>(?:增加值|固定资产投资|投资|产值|总产值|从业人员|就业人员|税收)?)$")
# (一二三产增加值: the marks between sectors may be left out)
_SECTORS = re.compile(r"^第?([一二三])[、和]?第?([一二三])(?:[、和]?第?([一二三]))?产业?(?P<tail>.*)$")
# what a set of projects' bare names measure: 重点项目82项，总投资121.9亿元 -> 重点项目总投资
# statuses a part of projects counted reaches (其中投产64个: those projects' 投产), not after a status's count
_LATER_STATUSES = frozenset({"投产", "建成投产", "建成", "投运", "建成投运", "落地"})
_STATUS_FIRST = re.compile(r"(?:建成|开工|新开工|投产|竣工|完工|落地|续建|新建|在建)项目")   # a status's count
PROJECT_MEASURES = frozenset({"总投资", "概算总投资", "概算投资", "估算总投资", "估算投资", "投资额",
                               "完成投资", "计划投资", "年度计划投资", "投资总额", "开工率", "到位资金",
                               "签约资金", "签约额", "开工", "开工建设", "投资", "复工开工", "开工复工", "开复工",
                               "复工", "完工", "竣工", "复工率", "完工率", "竣工率", "投资完成率", "计划投资完成率",
                               "年度计划投资完成率", "立项资金",
                               "总金额", "签约总额", "合同金额", "协议金额", "合作总额", "总投资额", "合同引资",
                               "到位率", *_LATER_STATUSES})
# what firms report
FIRM_MEASURES = frozenset({"营业收入", "销售收入", "主营业务收入", "利润总额", "利润", "利税", "上缴税金", "实缴税金",
                           "税金", "产值", "总产值", "工业总产值", "工业产值", "增加值", "工业增加值", "生产能力",
                           "年生产能力"})
_FIRM_MEASURE = re.compile(f"(?:{'|'.join(sorted(FIRM_MEASURES, key=len, reverse=True))})$")
# 林果年产量 -> 林果产量
_ANNUAL = re.compile(r"(?<!常)年(?=总?产量$|总?产值$|销售额$|收入$|加工量$|加工能力$|商品量$|采集量?$|外?销售?量$"
                     r"|接待游客$)")   # (森林公园年接待游客: its visitors said of a year)


_FIRMS_LEAD = re.compile(r"\s*(?:全县|全市|全区|全州|其中|[0-9]+(?:户|家))*([\u4e00-\u9fff]{2,12}?企业)")

_FIRST_COMMA = re.compile(r"^[^，,。；;]{1,12}[，,]")
_FIRMS_COUNTED = re.compile(r"[0-9]+(?:户|家)([\u4e00-\u9fff]{2,12}?企业)"   # …，全县21户规模以上工业企业
                            r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,12}?企业)(?:达到?|共有?|有)?[0-9]+(?:户|家)")
# (…，入住企业136家，从业人员6218人，完成产值9亿元: the firms counted, measure first)


def _firms_measure(firms: str, measure: str) -> str:
    """规模以上工业企业 + 增加值 -> 规模以上工业增加值 (the output of an industry is the industry's, as
    the lexicon names it); 规模以上工业企业 + 销售收入 -> 规模以上工业企业销售收入."""
    if firms.endswith("企业") and measure.removeprefix("工业") in ("增加值", "总产值", "产值"):
        industry = firms[:-2]
        joined = industry + (measure.removeprefix("工业") if industry.endswith("工业") else measure)
        if (canonical := lexicon().canonical(joined)) or industry.endswith("工业"):
            return canonical or joined   # (牛羊全产业链发展重点企业产值 stays the firms': 重点 is no industry)
    return firms if firms.endswith(measure) else firms + measure   # 固定资产投资完成投资: one 投资


def firms_of(sentence: str) -> str:
    """The firms a sentence opens with (12户铅锌采选企业一季度…), whose bare measures later in it
    are theirs; '' when it opens with none."""
    comma = _FIRST_COMMA.search(sentence)   # 1-5月，全市规模以上工业企业…: after a leading period
    m = _FIRMS_LEAD.match(sentence) or (comma and _FIRMS_LEAD.match(sentence, comma.end())) \
        or _FIRMS_COUNTED.search(sentence)   # …，全县21户规模以上工业企业…
    return clean(m[1] or m[2]) if m else ""


@cache
def _products() -> re.Pattern[str]:
    with resources.files(__package__).joinpath("products.toml").open("rb") as f:
        names = tomllib.load(f)["products"]
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def product_named(text: str) -> str:
    """The product (products.toml) named first in `text`, its subject ('' when none): 该县建成白牦牛
    标准化养殖场46个，…，白牦牛肉、牦牛绒制品… -> 白牦牛."""
    m = _products().search(text)
    if m is None:
        return ""
    grown = _GROWN_HOW.search(text, max(0, m.start() - 4), m.start())
    return grown[0] + m[0] if grown else m[0]   # 袋栽食用菌: the way it is grown keeps its series


# how a product is grown, right before it (袋栽食用菌达8000万袋，产值达7.5亿元 -> 袋栽食用菌产值, not all 食用菌's)
_GROWN_HOW = re.compile(r"(?:袋栽|袋料|棚栽|设施|露地|日光温室|大棚|地膜|全膜)$")


# visitors split by their stay (过夜旅游者29万人次，一日游游客83.2万人次，实现旅游综合收入6.4亿元): the income
# after them is all tourism's
_STAY_KINDS = ("过夜", "一日")


def brought_along(phrase: str) -> str | None:
    """The people a business brought along, named with 带动 (辐射带动规模养殖户 -> 带动规模养殖户, 带动当地就近务工 ->
    带动就近务工): a series apart from those the county counts; None when `phrase` names no such people."""
    along = _BROUGHT_ALONG.match(clean(phrase))
    if along is None:
        return None
    rest = along["rest"]
    if (_STATES_MEASURE.search(rest) and not rest.endswith("人数")) or "增收" in rest or len(rest) + 2 > MAX_NAME_CHARS:
        return None   # (带动农民年人均增收2727元: a measure of them, not them)
    return (along["how"] or "") + "带动" + rest   # (直接带动就业, 间接带动就业: two series)


def with_topic(name: str, topic: str) -> str:
    """A bare name given its subject (产值 -> 苹果产值); a share 占全县农民纯收入 -> its subject's
    share 苹果收入占全县农民纯收入比重. Other names are left as they are."""
    if name == "占比":   # 清洁能源发电74.4亿千瓦时，占比超96%
        return topic + name
    if name.startswith("占") and len(name) > 1:
        share = name if name.endswith("比重") else f"{name}比重"
        return topic.partition("占")[0] + share   # 占全市的23%，占全省的12%: both the same part's
    if topic and "占" in name:
        head = name.partition("占")[0]
        if head in GENERIC_NAMES and _PRODUCT_TAIL.search(head):
            return topic + name   # 药材…25万亩，种植面积占全市的23% -> 药材种植面积占全市比重
    if name in _SCHOOL_MEASURES and _SCHOOL_KIND.search(topic):
        return topic + name   # …招生1681人，在校生4503人 -> 中等职业学校在校生 (not all schools')
    if topic.endswith("项目") or _COUNTED_STATUS.search(topic):
        measure = name.removeprefix("项目").removesuffix("规模")   # 此次集中开工的35个项目总投资33.02亿元: theirs
        if measure in _LATER_STATUSES and _STATUS_FIRST.fullmatch(topic):
            return name   # (实施重点项目45个，建成30个，投产12个: not the built ones' 建成项目投产)
        if measure in PROJECT_MEASURES:   # (完成投资 is 投资: 完成 says nothing of what is measured)
            name = topic + (measure[2:] if measure == "完成投资" else "总投资" if measure == "总投资额" else measure)
    elif topic.endswith("旅游"):
        if name in ("综合收入", "收入"):   # (旅游综合收入 for tourism; 乡村旅游收入, 乡村旅游综合收入 for a kind of it)
            name = lexicon().canonical(whole := topic + name) or whole
        elif name == "旅游综合收入" and topic != "旅游" and not topic.startswith(_STAY_KINDS):
            name = topic + "收入"   # 乡村旅游接待游客…，旅游收入2.57亿元: rural tourism's
    elif topic.endswith("游") and not topic.startswith(_STAY_KINDS):   # 乡村游接待游客85.5万人，旅游收入2.57亿元:
        if name in ("综合收入", "收入", "旅游综合收入"):   # 乡村游旅游收入 (not all tourism's)
            name = topic + ("旅游收入" if name == "旅游综合收入" else name)
    elif topic.endswith("企业"):
        if _FIRM_MEASURE.fullmatch(name):
            name = _firms_measure(topic, name)
    elif topic and (((bare := name.removeprefix("年")) in GENERIC_NAMES
                     and (_PRODUCT_TAIL.search(bare) or bare in _PRODUCT_SALES))
                    or _PART_MEASURE.fullmatch(name)):   # 鲜果产量: the product's, in one of its forms
        name = topic + name   # (年总产量 is 总产量 said of a year)
        name = lexicon().canonical(name) or name   # 粮食 + 总产量 -> 粮食产量
    return _ANNUAL.sub("", name) if len(name) > 3 and "年" in name else name


# where projects did it (6个重大项目在七里河区集中开工): not part of what they are
_AT_PLACE = r"在[\u4e00-\u9fff]{2,8}?[区县市镇乡](?=集中|开工|开复工|复工|签约|落地|顺利|相继|陆续|$)"
_PROJECT_STATUS = re.compile(r"^(?P<noun>[\u4e00-\u9fffA-Za-z0-9]{0,10}?(?:项目|企业))"
                             r"(?P<adverbs>(?:已经|已|正在|初步|均|都|全部|顺利|相继|先后|陆续|集中|被|在当地|按计划|有序"
                             rf"|{_AT_PLACE})*)"
                             r"(?P<status>(?:超额完成|建成|开工|竣工|投产|签约|落地|达成|建设|完工|复工|开复工|入库|在建|完成|"
                             r"进入|列入|纳入|施工|稳步推进|加快办理|启动|进行|上线)"
                             r"[\u4e00-\u9fffA-Za-z]{0,10}?)(?=\s*[，,。；;、）)]|$|仪式在)")
# how far firms moving or building have got, which counts them as projects are counted (11户企业已竣工投产)
_FIRMS_PROGRESS = re.compile(r"竣工|投产|开工|建成|完成|复工|开复工|施工|在建|完工|启动|进行")
# (已, 正在, 初步 say which projects: they stay)
_KEPT_ADVERBS = re.compile(rf"已经|顺利|相继|先后|陆续|被|在当地|按计划|有序|{_AT_PLACE}")
_SECURED = re.compile(r"争取到(?!位)|争取到位(?=[^，,。；;]*项目$)")   # 争取到位中央预算内投资项目: 争取…项目
# projects counted by what they did, or a list of projects (列入市级投资项目清单41项)
PROJECT_DONE = "开工|复工|开复工|建成|竣工|投产|投运|签约|落地|入库"   # what projects are counted by having done
_COUNTED_STATUS = re.compile(rf"项目(?:{PROJECT_DONE})$")   # 新建项目开工
_COUNTED_PROJECTS = re.compile(rf"(.+项目(?:清单)?)(?:{PROJECT_DONE})?")
# how far along projects counted by what they did are (全县项目已复工23个, 109个重大项目实际开复工75项,
# 144个重点项目中已经开复工127个): the count is of the projects that did it, 项目复工
# 签约的央地合作项目: what the projects did, then 的 (签约央地合作项目, as 此次集中开工的35个项目 is 集中开工项目)
_STATUS_THE = re.compile(r"((?:集中)?(?:新签约|签约|新开工|开工|开复工|复工|续建|新建|建成|竣工|投产|落地|引进))的"
                         r"(?=[\u4e00-\u9fff]{0,12}项目)")
_DONE_ADVERBS = re.compile(rf"(?<=项目)中?(?:已经|已|实际|均已|现已)(?=(?:开工建设|复工开工|{PROJECT_DONE})$)")
# (新签约项目 keeps 新: this year's signings, not all signed so far)
# a session of a fair the projects were signed at (在市专场签约项目7个)
_SESSION_SIGNED = re.compile(r"([市县区州省]?[\u4e00-\u9fff]{0,4}?专场)签约(?=[\u4e00-\u9fff]{2})")
# the signed projects and a status of them (签约项目开工)
_SIGNED_THEN = re.compile(r"([\u4e00-\u9fff]{0,6}项目)"
                          r"(开工建设|开复工|开工|建成投产|建成投用|建成|投产|竣工|履约|落地)")
_SIGNED = re.compile(r"^(?P<new>新)?(?:共|累计)?签约(?=[\u4e00-\u9fff]{2})")
_LISTED_STATUS = re.compile(r"^(?:已|共|新)?(在建|建成投用|建成投产|建成|开工建设|新开工|开工|竣工|投产|续建)"
                            # verbs that say which projects (签约, 谋划, 争取: the rule book's), before a list
                            r"|^(?:今年|全年)?(?:共|累计)?(重点争取|争取|谋划储备|谋划|新签约|签约)(?:对接|了)?")
_ALL_OF_THEM = re.compile(r"均|都|全部")
# a measure, then the things it is said of, each before its figure: 饲养量分别达猪45.3万头、鸡142万羽
_MEASURE_THEN_ITEM = re.compile(r"(?P<measure>(?:饲养量|存栏量?|出栏量?|产量|种植面积|面积|产值))分别(?:达到|达|为|是)"
                                r"(?P<item>[\u4e00-\u9fff]{1,4})")
# a set of projects, then the part of it counted (not 项目有效投资量)
_AMONG_PROJECTS = re.compile(r"项目中?有(?![效机色线限关组])(?=[\u4e00-\u9fff]{3})")
# a status said of projects before their kind (开工建设的石材项目): theirs, not all 石材项目
_STATUS_OF_PROJECTS = re.compile(r"^(集中开工建设|集中开工|开工建设|新开工|开工|复工|开复工|续建|新建|在建|建成|竣工|"
                                 r"投产)的"
                                 r"(?=[\u4e00-\u9fff]{0,8}项目$)")
# projects named by their status, whose measures follow (新建项目概算总投资, 签约项目开工)
# or a kind of them (新建石材项目15个: the new ones, not 石材项目)
_STATUS_PROJECTS = re.compile(r"(?:新建|续建|签约|建成|新开工|在建)项目(?=.)|(?:新建(?!成)|续建|新开工|在建)"
                              r"[\u4e00-\u9fff]{1,6}?项目(?=$|(?:概算|计划|年度)?总?投资|开工|复工|竣工|投产)")


# qualities listed before the things counted, joined by 的 (档次较高、规模较大的超市和综合商场)
_QUALITIES_LISTED = re.compile(r"[\u4e00-\u9fff]{2,6}、[\u4e00-\u9fff]{2,6}的[\u4e00-\u9fff]{2,8}(?=[，,。；;]|$)")
# things counted whose measure passes a mark (其中5家企业投资超千万元, 8个项目投资超亿元): named by the mark,
# as 产值超千万元企业42家 is (投资超千万元企业), the mark no figure of its own
# a total the things counted reached, that grew: no mark (126家规上企业实现产值突破100亿元，同比增长9.5%; 增加12亿元;
# 增速达9.5%)
TOTAL_GREW_AFTER = (r"[，,]\s*(?:(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少)[0-9.]+(?:[%％]|[万亿]*元)"
                    r"|增速(?:达到?|为)?[0-9.]+[%％])")
OVER_A_MARK = re.compile(rf"^(?P<noun>{MARKED_NOUN})"
                         r"(?:全年|当年|今年)?(?:实现)?"
                         rf"(?P<mark>{MARK_MEASURE}"
                         r"(?:(?:超过?|突破)[0-9.]*[十百千万亿]*元(?:以上)?|(?:达到?|在)?[0-9.]*[十百千万亿]*元以上))"
                         rf"(?=[，,。；;]|$)(?!{TOTAL_GREW_AFTER})")
# (2个区域性市场年交易额达到5亿元: the markets' own; a total that grew is no mark)
_COUNTED_HEADS = ("景区", "企业", "园区", "基地", "项目", "公司", "合作社", "市场", "车间")
# a figure right after a counted noun and its verb (11个扶贫车间吸纳就业357人: the workshops, then whom they took in)
_NEXT_FIGURE = re.compile(r"[0-9０-９.]+(?:余|多)?[万亿]?(?:[人户名个家项座处亩头只]|万?吨)")
_LONG_NOUN = re.compile(r"^[\u4e00-\u9fff]{16,22}?(?=入驻|落户|落地|进驻|签约)")   # 17家中医药加工企业和科研机构入驻


_BROKEN_DOWN = re.compile(r"(?:增加值|总产值|产值|投资|零售总额|零售额|营业收入|利润总额|利润|产量)$")
# what a name ends with when it says what it measures (采矿业增加值, 民间投资, 工业产品产销率)
_STATES_MEASURE = re.compile(r"(?:增加值|产值|产量|投资|收入|额|量|率|数|面积|价格|指数|利润|税金|支出|人次|人数|"
                             r"规模|资金|效益|比重|占比|零售)$")   # (商品零售210.05亿元: the retail sales of goods)


# projects named by their start (开工建设重点项目, 已开工的重点项目): see name_of; one started inside a longer phrase
# (工业园区共开工建设各类项目) is read where the verbs are cut
_STARTED = re.compile(r"^(已?(?:新|集中)?开工(?:建设)?)的?(?=[\u4e00-\u9fff]{2})")   # (已 stays, as after a count)
# a sector's growth stated bare is its value added's (第一产业增长6.3%, 规上工业增长11.4%), the statistics' way
# of writing it, and its change in points its share's (…占比分别下降…，第三产业提高了17.54个百分点) — when what was
# measured last is the economy's output or the shares; after another measure it is that measure's part
# (…固定资产投资…，其中第三产业增长12.1%: an investment's, left as written)
_SECTOR_SERIES = {"第一产业": ("第一产业增加值", "第一产业比重"), "第二产业": ("第二产业增加值", "第二产业比重"),
                  "第三产业": ("第三产业增加值", "第三产业比重"), "规模以上工业": ("规模以上工业增加值", "")}
SECTOR_NAMES = frozenset(_SECTOR_SERIES)
_OUTPUT_MEASURED = ("", "生产总值", "GDP", "增加值", "经济总量")
_SHARES_MEASURED = ("比重", "占比", "结构")


def growth_of(name: str, points: bool, measured: str) -> str:
    """The series a change stated alone belongs to: a bare sector's growth after the economy's output (or
    after nothing measured) is its value added's, its change in points after shares its share's; any other
    name, or a sector after another measure (`measured`: the last one named before it), is its own."""
    if name not in _SECTOR_SERIES:
        return name
    value_added, share = _SECTOR_SERIES[name]
    if points:
        return share if share and measured in _SHARES_MEASURED else name
    return value_added if measured in _OUTPUT_MEASURED else name


def measures_product(name: str) -> bool:
    """Whether a name ends in a product's area, output, value or herd (花椒面积, 橄榄油产量, 牛存栏)."""
    return _PRODUCT_TAIL.search(name) is not None


def measure_of(whole: str) -> str:
    """What a figure that is broken down measures: 规模以上工业增加值 -> 增加值, 固定资产投资 -> 投资,
    社会消费品零售总额 -> 零售额; '' when it is none of these."""
    m = _BROKEN_DOWN.search(whole)
    return "" if m is None else ("零售额" if m[0] == "零售总额" else m[0])


def with_measure(name: str, measure: str) -> str:
    """A part of a breakdown named without its measure takes the whole's: 采矿业 -> 采矿业增加值,
    建筑安装工程 -> 建筑安装工程投资; a name that states a measure, or the lexicon knows, stays."""
    if _STATES_MEASURE.search(name) or lexicon().canonical(name):
        return name
    return lexicon().canonical(name + measure) or name + measure   # 一产 -> 第一产业增加值


# modifiers listed before one noun (新建、续建项目; 市、县列重点项目; 钢、铝产业链; 早、中、晚熟): one name
_MODIFIER = r"(?:[省市县区州钢铝早中晚]|新建|续建|改扩建|扩建|改建|在建|新开工)"
_MODIFIER_NEXT = re.compile(rf"{_MODIFIER}[\u4e00-\u9fff]")
_MODIFIERS_FIRST = re.compile(rf"(?:{_MODIFIER}、)+(?={_MODIFIER}[\u4e00-\u9fff])")
_MODIFIERS_END = re.compile(rf"(?:(?<=[，,；;：:个项家座处])|^){_MODIFIER}(?:、{_MODIFIER})*、$")


_DOING_FIRST = re.compile(r"^(?:共|累计)?(?:实施|开工建设|建设)(?=[\u4e00-\u9fff]{1,3}、)")   # 实施新建、续建…


def _with_listed_modifiers(phrase: str, named: Callable[[str], str]) -> str | None:
    """新建、续建项目…: the name `named` gives what follows the modifiers listed first, with them before
    it; '' when that name drops its own modifier (or grows too long); None when none are listed."""
    listed = _MODIFIERS_FIRST.match(phrase) if "、" in phrase[:4] else None
    if listed is None:
        return None
    name = named(phrase[listed.end():])
    own = _MODIFIER_NEXT.match(phrase, listed.end())
    whole = listed[0] + name
    return whole if own and name.startswith(own[0][:-1]) and len(whole) <= MAX_NAME_CHARS else ""


def coordinated_before(text: str, lo: int, mark_end: int, at: int) -> int | None:
    """Where the modifiers listed before the phrase at `mark_end` (just after a 、) start, when they and
    the phrase's first word are of one kind (新建、续建项目; 市、县列; 钢、铝): None when they are not."""
    if _MODIFIER_NEXT.match(text, mark_end, at) is None:
        return None
    m = _MODIFIERS_END.search(text[lo:mark_end])
    return lo + m.start() if m else None


def noun_after(after: str) -> str:
    """The noun a number-first count counts: 农民专业合作社 in 47家农民专业合作社，…; it ends at a
    boundary or a region's name (2个世界500强企业落户临泽 -> 世界500强企业落户)."""
    if after[:1] == "等":   # 一期5万千瓦、二期5万千瓦等2个风电场项目: the list ends, its count follows
        return ""
    if (over := OVER_A_MARK.match(after)) is not None:
        noun = _ADVERBS.sub("", over["noun"]).removesuffix("的")   # (84个项目的投资额超过1亿元)
        return over["mark"] + noun if len(noun) >= 2 and len(over["mark"]) + len(noun) <= MAX_NAME_CHARS else ""
    if (joined := _with_listed_modifiers(after, noun_after)) is not None:   # 166个新建、续建项目开工140项
        return joined
    status = _PROJECT_STATUS.match(after)
    if status and status["status"] == "建设" and (status["noun"].endswith("建设项目") or not status["adverbs"]):
        # 54项重点建设项目有序建设: the projects' own kind says it (重点推进287个省列重大项目建设: the work on
        # them, a noun; 推动…等28个总投资54亿元的工业项目建设: the projects, after what they are worth)
        noun = status["noun"]
        if "的" in noun and any(c.isdigit() for c in noun):
            return noun[noun.rfind("的") + 1:]
        status = None
    if status and status["status"].startswith("进行") and status["noun"].endswith("项目"):
        status = None   # 3个重大项目正在进行地勘: the projects (a firm 正在进行项目选址 is counted by it, below)
    if status and status["noun"].endswith("企业") and not _FIRMS_PROGRESS.match(status["status"]):
        status = None   # 33家种子企业进入临泽, 30余家头部企业落地: the firms (but 11户企业已竣工投产: those that did)
    if status and not _ALL_OF_THEM.search(status["adverbs"]):
        # 30个项目正在建设 -> 正在建设项目: projects are counted by their status (but 55个续建项目全部
        # 复工 counts the 续建项目: what all of them did is said of the set)
        # (15个重点项目集中开工仪式: the projects started together, not the ceremony)
        said = status["status"].replace("了", "").removesuffix("仪式")
        name = _KEPT_ADVERBS.sub("", status["adverbs"]) + said + ("" if said.endswith("项目") else status["noun"])
        # (3个项目列入全省重大建设项目: the list names them)
        return name if len(name) <= MAX_NAME_CHARS else ""
    if "、" in after[:9] and (qualified := _QUALITIES_LISTED.match(after)) is not None:
        return qualified[0]   # 10个档次较高、规模较大的超市和综合商场: the things, with what they are like
    m = _NOUN_AFTER.match(after) or _LONG_NOUN.match(after)   # (a longer noun only before its predicate)
    if m is None:
        return ""
    phrase = m[0].removeprefix("的")   # 建成11.4万亩的特色林果产业基地
    if phrase.endswith(("超过", "超", "突破", "达到", "达")):   # 3家企业产值超过10亿元，同比增长15%: the firms
        phrase = _MEASURE_REACHED.sub("", phrase)
    if after[m.end():m.end() + 1] in ("(", "（") and 0 <= (kind := phrase.rfind("项目")) < len(phrase) - 2:
        phrase = phrase[:kind + 2]   # 208项在建项目开(复)工147项: the projects, not half of their verb
    # whether the words after the count run on to another figure (11个扶贫车间吸纳就业357人), with no place or
    # adverb that ends its noun before it
    ran_on = _NEXT_FIGURE.match(after, m.end()) is not None
    mentions = gazetteer().find(phrase)
    if mentions:
        phrase, ran_on = phrase[:mentions[0][0]], False
    if (adverb := _NOUN_ENDS_AT.search(phrase, 2)) is not None:   # 3.67万亩洋葱陆续成熟: 洋葱
        phrase, ran_on = phrase[:adverb.start()], False
    phrase = _ADVERBS.sub("", _QUOTES.sub("", phrase)).removesuffix("是")   # 7个项目分别是：…
    if (exit_ := _POVERTY_EXIT.match(phrase)) is not None:   # 贫困村出列 -> 出列贫困村: one series either way
        noun, verb = exit_["noun"], exit_["verb"]
        if noun == "贫困村":   # villages leave the list (出列) or exit (退出); people leave poverty (稳定脱贫, 脱贫)
            return ("出列" if verb == "出列" else "退出") + noun
        return ("稳定脱贫" if verb == "稳定脱贫" else "脱贫") + noun
    if phrase[-1:] in _SPLIT_WORD and after[m.end():m.end() + 1] in "在为":   # 3个重大项目正在进行: the 正 of 正在
        phrase = phrase[:-1]
    if ran_on and (conjoined := phrase.find("和", 2)) > 0 and phrase.endswith(_COUNTED_HEADS, 0, conjoined):
        phrase = phrase[:conjoined]   # 19个大景区和市县建设的58个景区: the count's own noun (not 续建和新建项目)
    together = _TOGETHER.search(phrase, 2) if ran_on else None
    if together is not None and phrase.startswith("接待", together.end()):   # 7个5A级景区共接待游客75万人次: the spots
        phrase = phrase[:together.start()]
    else:
        together = None
    verb = _PREDICATE.search(phrase, 2)
    if verb and not _PEOPLE.match(phrase):   # 两家新能源龙头企业相继落地 -> 新能源龙头企业
        phrase = phrase[:verb.start()].removesuffix("共")   # (两个工业园区共开工建设…: the parks)
    elif ran_on and together is None:   # 58个贫困县依靠产业脱贫的贫困户近5万户: no noun of its own
        return ""
    return phrase if 2 <= len(phrase) <= MAX_NAME_CHARS else ""


def ranking_name(owner: str, scope: str, previous: str | None, previous_growth: bool = False,
                 clause: str = "") -> tuple[str, str]:
    """(name, raw) of a ranking: `<indicator>[增速]<scope>排名`. An owner that names no indicator
    (增速居全市第二) takes the indicator of the clause before (`previous`), whose growth is ranked
    when that clause stated only its growth (`previous_growth`); `clause`: the rank's clause up to
    it, where 增速 may stand before the owner (增速由2011年的全省第13位)."""
    growth = "增速" if _GROWTH_WORDS.search(clause or owner) else ""
    owner = _RANK_DURATION.sub("", owner)   # 增速连续四年位居: how long, not what
    name, raw = name_of(_GROWTH_WORDS.sub("", owner))
    if name in _NOT_A_RANKED_NAME:
        name = ""
    if not name and clause.strip() != owner.strip():   # 经济总量由2011年的全省第5位: the name is before 由
        name, raw = name_of(_GROWTH_WORDS.sub("", _SPAN_START.split(clause)[0])) if _SPAN_START.search(clause) \
            else (name, raw)
    if not name and previous:
        name, growth = previous, growth or ("增速" if previous_growth else "")
    if not name:
        return "", raw
    if name.endswith("排名"):
        name = name[:-2]
    return f"{name}{growth}{scope}排名", raw or owner.strip()


def shared_names(phrase: str) -> list[str]:
    """The indicators one rank is shared by: 花椒、油橄榄种植面积和产量(均居全国第一) -> 花椒种植面积,
    花椒产量, 油橄榄种植面积, 油橄榄产量; [] when the phrase names one indicator."""
    head = _SHARED_TAIL.sub("", clean(phrase))
    if (listed := _LISTED_INDICATORS.search(head)) is not None:   # 社会建设、…、农村居民人均纯收入和文化产业增加值等
        # 指标(位居全省第一): what the text itself calls indicators, each ranked (an appraisal's domains too)
        parts = _LIST_JOINERS.split(head[:listed.start()])
        return [lexicon().canonical(part) or part for part in parts] \
            if len(parts) >= 2 and all(2 <= len(part) <= 12 for part in parts) else []
    head = _AREA_AND_OUTPUT.sub(r"\1和\2", head)   # 中药材、高原夏菜面积产量(均居全国第一): both measures
    left, joiner, right = head.rpartition("和")
    if not joiner and "、" in head:   # 油橄榄种植面积、鲜果产量、初榨油产量(均居全国第一): one product's measures
        first, *rest = head.split("、")
        if (measure := _SHARED_MEASURE.search(rest[-1])) and measure.start() >= 1 and "等" not in rest[-1] \
                and not any(_SHARED_MEASURE.search(part) for part in (first, *rest[:-1])) \
                and all(1 <= len(part) <= 6 for part in (first, *rest[:-1])):
            # 马铃薯、苹果产量, 铜、钴储量: each's (not 铂、钯、锇等稀贵金属储量: a class, named by examples)
            return [part + measure[0] for part in (first, *rest[:-1])] + [rest[-1]]
        if all(_PRODUCT_TAIL.fullmatch(part) for part in (first, *rest)):
            return [first, *rest]   # 面积、产量、产值(均位居全国第一): bare, the paragraph's product's (see with_topic)
        measure = _PRODUCT_TAIL.search(first)
        if measure and measure.start() >= 2 and rest and all(
                2 <= len(part) <= 8 and _PRODUCT_TAIL.search(part) for part in rest):
            product = _FORM_OR_BASE.sub("", first[:measure.start()].removesuffix("产业"))   # (核桃产业面积、产量 ->
            # 核桃产量; 油橄榄基地面积、鲜果产量 -> 油橄榄鲜果产量)
            return [first] + [product + part for part in rest]
        if all(len(part) >= 4 and lexicon().ends_with_synonym(part) for part in (first, *rest)):
            # 人均国内生产总值、人均大口径财政收入、城镇居民人均可支配收入(名列全省之首): each its own indicator
            names = [name_of(part)[0] for part in (first, *rest)]
            return names if all(names) else []
        growth = _GROWTH_WORDS.search(rest[-1])   # 城镇居民收入、固定资产投资、…、农村居民收入增速均排在全省前3位
        if growth and growth.end() == len(rest[-1]) and growth.start() >= 2:
            names = [name_of(part)[0] for part in (first, *rest[:-1], rest[-1][:growth.start()])]
            return names if all(2 <= len(name) <= 12 for name in names) else []
        return []
    if not joiner or not _PRODUCT_TAIL.fullmatch(right) or not (measure := _PRODUCT_TAIL.search(left)):
        return []
    if measure.start() == 0 and "、" not in left:
        return [left, right]   # 种植面积和产量(居于全国首位): bare, the paragraph's product's (see with_topic)
    products = [p for p in left[:measure.start()].split("、") if p]
    if not products or any(len(p) < 2 or len(p) > 8 for p in products):
        return []
    return [p + m for p in products for m in (measure[0], right)]


_LISTED_INDICATORS = re.compile(r"等(?:[0-9一二三四五六七八九十]+项)?(?:主要)?(?:经济)?指标位?$")
_LIST_JOINERS = re.compile(r"[、和及与]")
_BOTH = re.compile(r"(存)(贷)款")
_SHARED_TAIL = re.compile(r"(?:均|都|分别|已|也|多年|一直|始终|长期|常年|连续[0-9一二三四五六七八九十两]+年)+$")
_SHARED_MEASURE = re.compile(_PRODUCT_TAIL.pattern.removesuffix(")$") + "|储量)$")   # (铜、钴储量: mines')
_AREA_AND_OUTPUT = re.compile(r"(面积)(产量|产值)$")


def respective_names(phrase: str, n: int) -> list[tuple[str, str]] | None:
    """城镇居民和农村居民人均可支配收入分别达到 with 2 figures -> the names of both: the parts joined
    by 和/、 share the tail of the last one (城镇 + 居民人均可支配收入)."""
    phrase = phrase.replace("城、乡居民", "城乡居民")   # (城、乡居民人均可支配收入分别达到…: 城镇 and 农村)
    # without 分别 (大、小口径财政收入16.2亿元、8亿元) the phrase up to the figures, its verb cut
    head = clean(phrase[:phrase.rindex("分别")]) if "分别" in phrase else clean(_TRAILING.sub("", phrase.strip()))
    head = _AVERAGE_GROWTH.sub("", head)   # 旅游接待人数与综合收入年均增速分别…: the growths of both
    head = _LIST_BASIS.sub("", head)   # 项目个数和总投资较2021年分别增长…: the basis after the list
    if n == 3 and _THREE_SECTOR_SHARES.match(head):   # 三次产业增加值占GDP的比重分别为18.1%、18.7%、63.2%
        return [(name, head) for name in SECTOR_SHARES]
    if n == 3 and (three := _THREE_SECTORS.match(head)) is not None \
            and not phrase[phrase.rfind("分别") + 2:].strip().startswith("占"):
        # 三次产业增加值分别为…: one sector each (分别占GDP的…: the sectors' shares, below)
        names = [name_of(f"第{x}产业{three['tail'] or '增加值'}") for x in "一二三"]
        return names if all(name for name, _ in names) else None
    sectors = _SECTORS.match(head)
    if sectors:   # 第一、二、三产业增加值 -> 第一产业增加值, 第二产业增加值, 第三产业增加值
        names = [name_of(f"第{n}产业{sectors['tail']}") for n in filter(None, sectors.groups()[:3])]
        return names if len(names) == n else None
    parts = re.split("[和、及与]", head)
    if len(parts) > n == head.count("、") + 1:   # 电子出版物及音像制品类、中西药品类、体育及娱乐用品类: 及
        parts = head.split("、")                  # inside the items
    elif len(parts) > n and "、" in head and LISTED_INDUSTRY.search(head) is not None:
        kept = LISTED_INDUSTRY.sub(lambda m: m[0].replace("、", "\0"), head)   # 计算机、通信和其他电子设备制造业、
        if kept.count("、") + 1 == n:                                          # 专用设备制造业: two industries
            parts = [part.replace("\0", "、") for part in kept.split("、")]
    if n >= 2 and len(parts) == 1 and (animals := _ANIMALS_RUN.match(head)) and len(animals["run"]) == n:
        parts = [a + animals["measure"] for a in animals["run"]]   # 牛羊猪鸡出栏 -> 牛出栏, 羊出栏, 猪出栏, 鸡出栏
    both_places = _TOWN_AND_COUNTRY.match(head)
    if n == 2 and len(parts) == 1 and both_places:   # 城乡 = 城镇 and 农村 (全市城乡人均房屋面积)
        parts = ["城镇", "农村" + head[both_places.end():]]
    if n == 2 and len(parts) == 1 and (both := _BOTH.search(head)):   # 存贷款余额 = 存款余额 and 贷款余额
        stem = head[:both.start()]
        rest = head[both.end() - 1:]   # 款余额
        parts = [stem + both[1] + rest, stem + both[2] + rest]
    if n < 2 or len(parts) != n or any(not p for p in parts) or len(parts[-1]) < 2 or \
            (len(parts[0]) < 2 and len(parts[-1]) < 3):
        return None
    if parts[0].startswith("对") and (trade := _TRADE_TAIL.search(parts[-1])) and trade.start() > 0 \
            and not any(_TRADE_TAIL.search(p) for p in parts[:-1]):   # 对哈萨克斯坦、东盟和欧盟进出口值: each
        return [name_of("对" + p.removeprefix("对") + trade[0]) for p in parts[:-1]] + [name_of("对" + parts[-1])]
    if "等" in parts[-1] and (kinds := _LISTED_KINDS.fullmatch(parts[-1])) is not None:
        # 玉米制种、马铃薯…、苹果等特色优势产业土地流转规模经营面积: each crop's 土地流转规模经营面积 (the measure after
        # the kind they are listed as, kept whole: its verb cut, every crop would share one series)
        return [(p + kinds["measure"], p + kinds["measure"]) for p in [*parts[:-1], kinds["last"]]]
    # the first parts share the last one's tail (城镇、农村居民… -> 城镇居民…), unless they are
    # whole names (大口径财政收入和一般公共预算收入)
    tail = "" if lexicon().ends_with_synonym(parts[0]) or _PRODUCT_TAIL.fullmatch(parts[0]) \
        or (len(parts[0]) >= 3 and parts[0][-1] == parts[-1][-1]) \
        else parts[-1][len(parts[0]):]   # (面积和产种量: two measures, not 面积量; 过夜旅游者和一日游旅游者: two nouns)
    rate = _RATE_TAIL.search(parts[-1])
    if rate and rate.start() > 0 and not any(p.endswith("率") or _PRODUCT_TAIL.search(p)
                                             or lexicon().ends_with_synonym(p) for p in parts[:-1]):
        tail = rate[0]   # 农作物秸秆、…、畜禽粪便资源化利用率: whatever the subjects' lengths
    if all(p.endswith("类") for p in parts[:-1]) and "类" in parts[-1][:-1]:   # 中西药品类、体育…用品类销售:
        tail = parts[-1][parts[-1].rindex("类") + 1:]   # the kinds of goods share what follows the last 类
    measure = _PRODUCT_TAIL.search(parts[-1])
    if measure and measure.start() > 0 and not any(_PRODUCT_TAIL.search(p) for p in parts[:-1]) \
            and not (both_places and len(parts) == 2 and parts[0] == "城镇"):
        tail = measure[0]   # 电解镍、精炼铜、铁产量: each product's 产量, whatever the lengths
    names = [name_of(p + tail) for p in parts[:-1]] + [name_of(parts[-1])]
    if measure and measure.start() > 0 and len(parts) >= 3 and _PRODUCT_TAIL.search(parts[0]) \
            and not any(_PRODUCT_TAIL.search(p) for p in parts[1:-1]):
        # 肉牛饲养量及苹果、蔬菜、马铃薯、中药材种植面积: the first names its own measure, the rest share the last's
        names = [name_of(parts[0])] + [name_of(p + measure[0]) for p in parts[1:-1]] + [name_of(parts[-1])]
    product = _PRODUCT_TAIL.search(parts[0])
    if product and product.start() > 0 and all(_PRODUCT_TAIL.fullmatch(p) for p in parts[1:]):
        # 牛饲养量和出栏量 -> 牛饲养量, 牛出栏量: the later measures are the first one's product's
        names = [names[0]] + [name_of(parts[0][:product.start()] + p) for p in parts[1:]]
    elif parts[0].endswith("率") and all(len(p) <= 3 and p.endswith("率") for p in parts[1:]) \
            and len(parts[0]) >= len(parts[1]) + 2:   # 牲畜总增率、出栏率、商品率: the livestock's, all three
        subject = parts[0][:len(parts[0]) - len(parts[1])]
        names = [names[0]] + [name_of(subject + p) for p in parts[1:]]
    elif parts[0].endswith("收入") and len(parts[0]) > 3 and all(p in _SPENT for p in parts[1:]):
        names = [names[0]] + [name_of(parts[0][:-2] + p) for p in parts[1:]]   # 财政收入和支出 -> 财政支出
    domain = parts[0][:2]   # 旅游接待人数与综合收入: the tourism's 综合收入, a lexicon name only with it
    names = [(name, raw) if i == 0 or p.startswith(domain) or lexicon().canonical(p) is not None
             or lexicon().canonical(domain + p) is None else name_of(domain + p)
             for i, (p, (name, raw)) in enumerate(zip(parts, names, strict=True))]
    share = phrase[phrase.rindex("分别") + 2:].strip() if "分别" in phrase else ""
    if share.startswith("占"):   # 一等草场、二等草场分别占草场总面积的24.36%和69.1%: each one's share
        names = [name_of(name + share) for name, _ in names]
    return names if all(name for name, _ in names) else None



# animals written one character each before the measure they share (猪牛羊存栏, 牛羊猪鸡出栏)
_ANIMALS_RUN = re.compile(r"(?P<run>[牛羊猪鸡禽驴马骡兔鸭鹅]{2,6})(?P<measure>(?:存栏|出栏|饲养)量?)$")
# a rate measure the listed subjects share (农作物秸秆、苹果剪枝、畜禽粪便资源化利用率: whatever their lengths)
_RATE_TAIL = re.compile(r"(?:资源化|综合|无害化|循环)?(?:利用|处理|回收|处置)率$")
# the last item of a list, 等, the kind they all are, and the measure they share
_LISTED_KINDS = re.compile(r"(?P<last>[\u4e00-\u9fff]{1,8}?)等[\u4e00-\u9fff]{0,8}?(?:产业|作物|农产品|品种|行业)"
                           r"(?P<measure>[\u4e00-\u9fff]{2,16}?(?:面积|产量|产值|收入|规模))")
_TRADE_TAIL = re.compile(r"(?:进出口|出口|进口)(?:总值|总额|值|额)?$")   # a partner's trade (对欧盟进出口值)
_POSSESSED = re.compile(r"([\u4e00-\u9fff]{2,8})的([\u4e00-\u9fff]{2,5})")   # a product's measure
_STATUS_PART = re.compile(r"(续建|新建|前期|在建|新开工|储备)项目")
_PROJECT_KIND = re.compile(r"(旅游|文旅|文化旅游|工业|农业|交通|水利|能源|新能源|招商引资|社会事业|民生|城建)项目$")
_LISTED_BY = re.compile(r"(?:省|市|州|县|区|省市|市、县|市县|省、市)列")   # a government's list of projects
_TOWN_AND_COUNTRY = re.compile(r"(?:全[县市区州省])?城乡")
_LIST_BASIS = re.compile(r"(?:较|比)(?:\d{4}年|上年|去年|上个?月)(?:同期)?$")   # (比上月: the growth says 环比)
_AVERAGE_GROWTH = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:年均|年平均)(?:增速|增幅|增长率|增长速度)$")
_SPENT = frozenset({"支出", "利润", "利税", "税金"})   # what a body spends or keeps, after its 收入
_LEVEL = re.compile(r"(?:国家|省|市|州|县)级(?:以上)?|(?:[1-5]A|A{1,5})级(?:及?以上)?")   # a level, a band, a grade
_BROUGHT_INTO = re.compile(r"(?P<how>(?:直接|间接)?带动)(?P<who>[\u4e00-\u9fff]{1,8}?)(?P<what>就业|务工|增收|脱贫)")
_STARS = re.compile(r"[一二三四五]星级(?:及?以上)?")
_PART_LEAD = re.compile(r"^(?:其中|内含|含)[，,：:]?")
# -> 亿元以上产业项目, then 10亿元以上产业项目; 其中产值超千万元的有30家 -> 产值超千万元规模以上工业企业
_THRESHOLD_PART = re.compile(rf"^(?P<mark>(?:{MARK_MEASURE})?"
                             r"(?:超过?|突破|达到?|在)?[0-9.]*[十百千万亿]*元(?:以上)?)(?:的有|的)?")
_LEVEL_QUALIFIED = re.compile(r"^(?:(?:国家|省|市|州|县)级(?:以上)?)+")
# a planted area: its crops' parts are planted
_AREA = re.compile(r"(?:(?:种植|播种|栽植|[春夏秋冬]播)总?|(?<=林))面积$")
# too (经济林面积7600亩，其中核桃7100亩 -> 核桃面积)
# people a measure reached, counted by its verb (安置农户, 搬迁群众, 输转劳动力): its parts are reached by it too
_PEOPLE_REACHED = re.compile(r"安置|搬迁|易地扶贫搬迁|输转|转移|培训|资助|救助|吸纳|帮扶")   # before people (_PEOPLE)
_SEASON_SOWN = re.compile(r"^[春夏秋冬]播")   # a season's sown area (秋播面积)
_STATUS_WHOLE = re.compile(r"在建|新建|新增|新开工|新引进|新培育|新签约")   # a part of what is being built or added
_LAND_FOR = re.compile(r"(?:建设)?用地$")   # land set aside for a use: its parts are land for theirs
SECTOR_PARTS = frozenset({"第一产业增加值", "第二产业增加值", "第三产业增加值"})
# people counted by where they live, or by sex
_PEOPLE_PARTS = {"城镇": "place", "乡村": "place", "农村": "place", "城市": "place", "男性": "sex", "女性": "sex"}
# a part of the economy (by ownership or scope) whose value added is broken down by sector, or the
# first of those parts: 非公经济增加值, 民营经济第一产业增加值
_ECONOMY = re.compile(r"^(.{0,6}?(?:经济|非公有制|民营))(?:第[一二三]产业)?增加值$")
# an industry named bare (制造业, 农副产品加工, 生物制药, 新能源): a part of firms counted is that industry's firms
_INDUSTRY_NAMED = re.compile(r"(?:业|加工|制造|制药|材料|能源|化工|医药|建材|冶金|纺织|物流)$")
# 其中：风电, then 光伏发电; a grade, 其中4A级
_PART_HEAD = re.compile(r"^(?:(?:其中|内含|含)[，,：:]?)?(?:[\u4e00-\u9fff]{2,6}|(?:[1-5]A|A{1,5})级(?:及?以上)?)$")
_WHOLE_MEASURE = re.compile(r"(?:常年|年)?(?:装机容量|装机|总产量|产量|总产值|产值|增加值|发电量|出栏量?|存栏量?|"
                            r"饲养量|(?<=能源)规模)$")   # (新能源规模1350万千瓦，其中风电1020万千瓦 -> 风电规模)


def level_listed_after(name: str, previous: str) -> str:
    """A bare level listed right after a count named with another level takes that count's noun (创建县级示范社164家，
    市级72家，省级20家 -> 市级示范社, 省级示范社); any other name is returned as it is."""
    if _GRADE_NAMED.fullmatch(name) and (grade := _GRADE_NAMED.search(previous)) is not None \
            and grade.end() < len(previous) and grade[0] != name and ("A级" in name) == ("A级" in grade[0]):
        return previous[:grade.start()] + name + previous[grade.end():]   # 4A级旅游景区3家，3A级8家 -> 3A级旅游景区
    if not _LEVEL.fullmatch(name) or "A级" in name or (level := _LEVEL_QUALIFIED.match(previous)) is None \
            or level.end() == len(previous) or previous.startswith(name):
        return name
    return name + previous[level.end():]


# a grade of places or hotels (4A级, AAAA级以上, 四星级): the part's grade in the whole's name
_GRADE_NAMED = re.compile(r"(?:[1-5]A|A{1,5})级(?:及?以上)?|[一二三四五]?星级(?:及?以上)?")


def on_the_list_of(name: str, whole: str) -> str:
    """A kind of projects counted as a part of a government's list is on that list (省列重大项目9个，其中续建项目8个
    -> 省列续建项目); any other name is returned as it is."""
    listed = _LISTED_BY.match(whole)
    return listed[0] + name if listed and name.endswith("项目") and not _LISTED_BY.match(name) else name


def part_of(phrase: str, name: str, whole: str, unit: str) -> str:
    """A part named bare after 其中 takes the measure of the whole before it: 新能源装机容量183万千瓦，
    其中：风电165万千瓦 -> 风电装机容量; 固定资产投资76.2亿元，其中第三产业17.85亿元 ->
    第三产业固定资产投资. An area's part (其中挂果园33.7万亩) is named by itself, as is any name that
    states a measure. Any other name is returned as it is."""
    phrase = phrase.strip("，,；;、 ")
    if name in ("出口", "进口") and "进出口" in whole:   # 加工贸易进出口90.9亿元，…其中，出口15.5亿元 -> 加工贸易出口
        return lexicon().canonical(traded := whole.replace("进出口", name, 1)) or traded
    if name in SECTOR_PARTS and (economy := _ECONOMY.match(whole)):
        return economy[1] + name   # 非公经济增加值…其中，第一产业增加值…，第二产业增加值 -> 非公经济第一产业增加值…
    headed = _PART_HEAD.match(phrase) is not None
    if headed and unit == "count" and (status := _STATUS_WHOLE.match(whole)) is not None \
            and not _STATUS_WHOLE.match(name) and not lexicon().canonical(name):
        return status[0] + name   # 在建中小水电站153座，其中小型水电站138座 -> 在建小型水电站 (not those built)
    if headed and unit in ("person", "household") and (kind := _PEOPLE_PARTS.get(name)):
        # 年末全县从业人员10.58万人，其中：乡村9.55万人，城镇1.03万人 -> 乡村从业人员, 城镇从业人员 (the
        # second part after the first: the same whole)
        return name + (whole[2:] if _PEOPLE_PARTS.get(whole[:2]) == kind else whole.removeprefix("总"))
        # (总人口18.9万，其中，城镇人口10.1万人，农村8.8万人 -> 农村人口)
    if unit == "count" and headed and _STARS.fullmatch(name) and "星级" in whole:
        return re.sub(r"[一二三四五]?星级", name, whole, count=1)   # 星级饭店8家，其中四星级2家 -> 四星级饭店
    if (headed or _PART_LEAD.sub("", phrase) == name) and unit in ("person", "household", "count") \
            and (moved := _PEOPLE_REACHED.match(whole)) is not None and _PEOPLE.match(whole[moved.end():]) \
            and _PEOPLE.match(name) and not name.startswith(moved[0]) and len(name) <= 8:
        return moved[0] + name   # 安置农户581户3041人，其中建档立卡贫困户272户1284人 -> 安置建档立卡贫困户 (those
        # resettled, not the county's count of poor households)
    if headed and unit in ("person", "household") and (along := _BROUGHT_INTO.fullmatch(whole)) is not None \
            and _PEOPLE.match(name) and name != along["who"]:
        return along["how"] + name + along["what"]   # 带动群众就业1235人，其中贫困劳动力521人 -> 带动贫困劳动力就业
    if _LEVEL.fullmatch(name) and unit == "count" and headed:
        if "A级" in name and "A级" in whole:   # 国家A级旅游景区45家，其中4A级7家 -> 国家4A级旅游景区
            return re.sub(r"[1-5]?A+级(?:及?以上)?", name, whole, count=1)   # (3A级以上…: not 4A级以上)
        return name + _LEVEL_QUALIFIED.sub("", whole)   # 市级以上苹果产业龙头企业81家，其中国家级2家 ->
        # 国家级苹果产业龙头企业 (重点实验室8家，其中国家级1家、省级7家 -> 国家级重点实验室, 省级重点实验室; a band,
        # 其中省级以上12家 -> 省级以上…; a grade, A级旅游景区12家，其中4A级3家 -> 4A级旅游景区)
    band = _PART_LEAD.sub("", phrase)
    if unit == "count" and (mark := _THRESHOLD_PART.fullmatch(band)) and whole.endswith(("项目", "企业")):
        # 产业项目76个，其中亿元以上24个
        return mark["mark"] + _THRESHOLD_PART.sub("", _LEVEL_QUALIFIED.sub("", whole), 1)
    if unit == "count" and (headed or band == name) and (listed := on_the_list_of(name, whole)) != name:
        return listed   # 省列重大项目9个，其中续建项目8个 -> 省列续建项目 (not the city's list's; 其中，计划新开工项目)
    if unit == "count" and headed and (said := _STATUS_PART.fullmatch(name)) \
            and (kinds := _PROJECT_KIND.search(whole)) and kinds[1] not in name:
        return said[1] + kinds[1] + "项目"   # 旅游项目58个，其中续建项目31个 -> 续建旅游项目
    if unit == "count" and (headed or phrase == name) and _INDUSTRY_NAMED.search(name) and 2 <= len(name) <= 12 \
            and whole.endswith("企业") \
            and not _ENTITY_END.search(name) and name not in whole:   # 专精特新中小企业133户，其中制造业96户 ->
        return name + whole   # 制造业专精特新中小企业 (a sector's firms, not the sector; 农副产品加工入园企业)
    if not headed or len(name) > 6 or lexicon().canonical(name) or lexicon().ends_with_synonym(name) \
            or _GENERIC_TAIL.search(name) or _WHOLE_MEASURE.search(name):
        return name   # (其中地方生产总值80亿元: a qualified synonym states its own measure)
    if unit == "mu" and (land := _LAND_FOR.search(whole)) is not None and land.start() > 0 and not name.endswith("地"):
        return name + land[0]   # 设施农业建设用地2621亩，其中日光温室1532亩 -> 日光温室建设用地 (land set aside)
    if unit == "mu":   # a crop's part of a crop's area (其中纹党10.85万亩); land is named by itself, and
        area = _AREA.search(whole)   # so is a part that names the whole's crop again (其中塑料大棚韭菜)
        return name + (area[0].replace("总", "") if not name.startswith(area[0][:2]) else "播种面积") \
            if area and crop_of(name) == name \
            and (whole[:area.start()] not in name if area.start() > 0 else _SEASON_SOWN.match(area[0]) is not None) \
            else name
        # (全省共完成秋播面积1080余万亩…。其中冬小麦789.8万亩 -> 冬小麦秋播面积: a season's sowing, its crops',
        # never the year's 冬小麦播种面积)
    if unit == "yuan" and lexicon().canonical(whole) == whole and not _WHOLE_MEASURE.search(whole):
        inside = whole.find(name)   # 进出口总额73亿元，其中，出口24.6亿元 -> 出口总额 (a word of the whole's)
        return name + whole[inside + len(name):] if inside > 0 else name + whole   # 第三产业 + 固定资产投资
    measure = _WHOLE_MEASURE.search(whole)
    if measure and measure.start() > 0 and name.startswith(measure[0]):   # 畜禽存栏…，其中：存栏牛12.01万头
        return name[len(measure[0]):] + measure[0]   # -> 牛存栏, as 牛存栏 is written
    return name + measure[0] if measure and measure.start() > 0 else name
