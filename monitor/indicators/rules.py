"""Which figures are not indicators: the one place that decides it (docs/indicators.md).

Each rule looks at one figure in its context and, when it applies, gives the reason the figure
is dropped. Rules run in order; the first that applies wins. Nothing else in the extractor
drops a figure for what it *is* (the extractor only drops figures it cannot name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import MARK_MEASURE, MARKED_NOUN, TOTAL_GREW_AFTER
from .numbers import Figure

__all__ = ["GIVER_GOES_ON_SENTENCE", "MEASURE_AFTER", "NUMBER_FIRST_OK", "PROTAGONIST", "PROTAGONIST_BEFORE",
           "REMARK_END", "SET_OF_PROJECTS_AFTER", "before_not_own", "giver_helps",
           "SIZE_BAND", "THRESHOLD", "Context", "economic_count", "reject_change", "reject_reason", "unit_reason"]


class Context:
    """One figure in its sentence, as the rules see it. A plain slotted class, not a dataclass:
    one is built for every figure of every article, and the scope is worked out only for the
    figures a rule asks it of."""

    __slots__ = ("_scope", "after", "before", "figure", "industrial_park", "kind", "normalized", "owner", "quote",
                 "scope_of", "settled_of", "tail", "told_of")

    def __init__(self, figure: Figure, before: str, after: str, owner: str, quote: str | None = None,
                 scope_of: Callable[[], str] | None = None, industrial_park: bool = False,
                 settled_of: Callable[[], bool] | None = None, told_of: Callable[[], bool] | None = None) -> None:
        self.figure = figure
        self.kind = figure.unit_info.kind                # asked by most rules: read once
        self.normalized = figure.unit_info.normalized
        self.before = before      # the sentence up to the figure
        self.tail = before[-TAIL_CHARS:]   # its end: what the patterns anchored at the figure look at
        self.after = after        # the sentence after the figure
        self.owner = owner        # the phrase that owns the figure: its clause, from the last boundary
        self.quote = quote        # the quotation the figure stands in, if any
        self.scope_of = scope_of  # who the figure belongs to (see `scope`)
        self.industrial_park = industrial_park   # an 工业园区 is named before: a bare 园区 is that one
        self.settled_of = settled_of   # whether the figure's period is over when it is written (see `settled`)
        self.told_of = told_of   # whether it is over or running, or the day reported (see `told`)
        self._scope: str | None = None

    @property
    def scope(self) -> str:
        """Its clause, with the sentence's head when the clause has no subject of its own."""
        if self._scope is None:
            self._scope = self.scope_of() if self.scope_of else ""
        return self._scope

    @property
    def settled(self) -> bool:
        """Whether the period the figure is about is over when it is written: then 预计 gives a
        preliminary figure, not a forecast."""
        return self.settled_of() if self.settled_of else False

    @property
    def told(self) -> bool:
        """Whether the figure's period has begun when it is written (none: the day reported): what is told of it
        may be done, not only planned."""
        return self.told_of() if self.told_of else True


# The patterns that must end where the figure starts look at this much of the sentence before it:
# longer than any of their matches (〔2023〕, 每村至少有, 3.5亿元至, 为…).
TAIL_CHARS = 24

# Words that make the owner an activity, people in an administrative activity, or paperwork.
ACTIVITY = ("宣讲", "研讨", "学习", "培训", "调研", "督查", "督导", "检查", "会议", "座谈", "讲座",
            "演出", "比赛", "活动", "交流", "观摩", "慰问", "走访", "巡查", "接访", "约谈", "征集",
            "受众", "观众", "听众", "参会", "到会", "出席", "义诊", "参与", "参加", "参赛", "招聘会", "对接",
            "拜访", "展区面积", "参展企业", "参展商")   # (展区面积不足5000平方米: a fair's own)
# projects only met or talked over on trips to attract investment (对接洽谈项目46个, 已累计对接线索项目230余个)
# (not 东西部协作对接项目: aid funded, nor 成功对接项目)
_PROJECTS_MET = re.compile(r"对接(?:洽谈)?(?:线索|意向)?项目$")
_AID = re.compile(r"协作|帮扶|援建|成功|落地")
PEOPLE = ("干部", "党员", "学员", "书记", "领导", "代表", "委员", "工作队", "志愿者", "专家",
          "讲师", "网格员", "宣讲员", "辅导员", "选派", "下派", "派驻", "抽调", "执法人员", "出动",
          "医务人员", "民警", "警力", "请假", "缺席", "河湖长", "河长", "湖长", "林长", "警长", "检察长",
          "巡河员", "巡山员", "护林员", "保洁员", "监督员")   # (河湖长512人: posts, not jobs)
PAPERWORK = ("措施", "课题", "报告", "信访", "任务", "清单", "问题", "实事", "文件", "建议", "提案",
             "制度", "方案", "意见", "案件", "线索", "隐患", "诉求", "举措", "办结", "受理", "交办", "整改",
             "手续", "难题", "细则", "奖项", "投诉")
# projects, or projects on a list (列入…项目清单41项, 列入市列项目投资清单75项, 列入投资项目清单的61项,
# 安排开工重点清单项目共161个)
_PROJECTS_OWNED = re.compile(r"项目(?:投资)?(?:清单)?[”\"]?(?:的|共|达到?|为|有)?$")
# 力争 and 目标 govern the rest of their sentence; 预计, 拟, 计划 only their own clause. Every
# alternative of TARGET and PLAN starts with a literal: the search scans for their first characters in C
# (a lookahead such as (?=[力争]) before them would not: the engine tries it at every position).
_WOULD = r"后[\u4e00-\u9fff]{0,4}可"   # 建成投运后每年可发电: what it would do
# 紧盯目标任务, 围绕目标任务: what the work aims at, stated as a phrase, not a target's figures
_AIMED = "(?<!紧盯目)(?<!围绕目)(?<!聚焦目)(?<!锚定目)(?<!瞄准目)(?<!紧扣目)(?<!对标目)"
TARGET = re.compile(r"(?:力争|争创|目" + _AIMED + r"标(?:是|为|任务|：|:)|确保(?!了)(?![^；;]*[；;])"
                    r"|将(?:达到|实现|突破|超过|完成|达|建成|形成|接近)|(?<!已)将新增(?!的)(?![^，,。；;]{0,6}指标)"
                    # (还将新增10条陶瓷生产线; not 将 as 把: 将新增的…纳入, 已将新增耕地…纳入, 将新增耕地指标…交易)
                    r"|未来(?:[一二三四五六七八九十两几]|[0-9]{1,2})年"   # 未来五年，平川区还将…: what is to come
                    r"|将(?:以|通过|着力|重点|继续|进一步|全力)"   # 今年，泾川县将以…为重点，通过实施…
                    # 今年还将投资1.5亿元，建成… (an amount right after: not 将投入使用, 将投资环境…作为, 即将投入运营)
                    r"|(?<![已即])将(?:投资|投入)(?:资金)?(?:约|近|超过|超)?(?=[0-9一二三四五六七八九十两]|$)"
                    r"|还将有|将有$"   # 年底前还将有15个项目开工, 全县将有20个项目开工
                    r"|要(?:增长|达到|突破|实现|完成|确保)"   # 确定招商引资到位资金要增长10%，总量突破1200亿元
                    rf"|建成{_WOULD}|投产{_WOULD}|投运{_WOULD}|达产{_WOULD}"
                    # 建设内容为：新建蓄水池13座，…: what a plan contains (not 已经完成建设内容: done; not 以…为重点建设
                    # 内容，投入12亿元: what the work was about)
                    r"|(?<!完成)(?<!为重点)(?<!为主要)建设内容(?:为|包括|主要有|有)?[:：]?)")
# 打造百亿元牛产业体系为目标, 建设60万亩干鲜果园的目标, 锚定96户目标企业 (not 全面完成目标, 45亿元（年度目标80亿元）,
# 52亿元、完成目标任务的104%, 5万亩目标任务全面完成, 增长12%顺利实现年初确定的目标: results beside a target)
GOAL_AFTER = re.compile(r"^(?:目标(?!任务(?:已|已经)?(?:全面|顺利|超额|如期|提前)?完成)"
                        r"|(?:(?!完成|超|占|实现了|实现年初|达到了|顺利|提前|全面|如期)[^，,。；;、（(]){0,16}?"
                        r"(?:为目标|的(?:近期|中期|远期|年度|总体|奋斗)?目标))")   # (风电1500万千瓦的近期目标)
# land or money a figure is reckoned as (相当于增加了近100万亩农田): an equivalent, no figure of its own (not a
# share, 相当于2019年同期的85%)
_EQUIVALENT = re.compile(r"相当于(?:增加了?|新增了?|再造了?|节约了?|减少了?)?(?:近|约|超过)?$")
# what a farming method saves (节水40%以上, 节肥30%): its effect per field, not a figure of the economy
_SAVING = re.compile(r"(?:节水|节肥|节药|省工|减肥|减药)(?:达到?|可达|约|近|超过)?$")   # (not 城市节水率: a rate)
# projects counted that will start later (下旬还有12个项目将开工): what is to come, not done
_WILL_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,6}?项目(?:也|还|都|均)?将(?:陆续|相继|集中)?"
                         r"(?:开工|复工|开复工|建成|竣工|投产|签约|落地)")
EXTREME_BEFORE = re.compile(r"最[低高快慢]峰?(?:时|能|可)?(?:达到?|为|时)?$")   # the lowest or highest of several
# years (a peak's day too: 一天的用工最高峰能达到150多人)
# a change of a growth rate (增速比去年同期加快3.8个百分点): no row of its own
ACCELERATION = re.compile(r"(?:加快|放缓|减缓|加速)了?$"
                          # 降幅比前4个月收窄, 增幅较上年同期回落, 增速比1—4月回升: a growth rate's change
                          r"|(?:增速|增幅|降幅|涨幅)[^，,；;。]{0,10}?(?:回落|回升|收窄|缩小|扩大)了?$")
# what something could bring (可实现年销售收入12亿元): a plan when its sentence speaks of a forecast, a
# project or nothing stated yet; after this year's output (年产量约400万公斤，可实现产值) that output's value
POTENTIAL = re.compile(r"可(?:以)?实现[^，,。；;]*$")
_PROJECT_SETTING = re.compile(r"项目|建成后|投产后|达产后|达产达效")
_ANY_DIGIT = re.compile(r"[0-9０-９]")
PLAN = re.compile(r"(?:预计|有望|可(?:以)?(?:达到?|产|安装|开发|带动|增加|吸纳|新增|提供)"
                  r"|拟(?!定|人|[\u4e00-\u9fff]{1,3}项目)"   # (储备重点拟招引项目60项: a noun of projects)
                  # (70个计划新开工项目: a noun; 重点项目20个计划总投资50亿元 a plan)
                  r"|(?:(?<![0-9][个项])计划|计划(?!新开工|新建|续建|开工))(?!项目|单列|生育|经济|内|外)|规划(?!区|局)"
                  r"|(?:完成|占)(?:年初|全年|年度|年|调整后?的?)?预算$"   # 完成预算49531万元的85.0%: the budget itself
                  r"|(?<![成了])年度投资$"   # 续建项目138个，年度投资1436亿元: the year's plan (not 完成年度投资)
                  r"|建设任务|目" + _AIMED + r"标任务|年度任务|全年任务|下达任务|任务$"
                  r"|任务(?:是|为|确定为|定为|调整为|提高到|提高至)$)")   # 将招商引资任务确定为500亿元以上
# where neither is before a figure (a plan's clause ends there too), neither rule applies. Their
# alternatives joined at the top, not as two groups: the search then still scans for their first
# characters in C (a group first, it would try the whole pattern at every position)
_TARGET_OR_PLAN = re.compile(f"{TARGET.pattern.removeprefix('(?:').removesuffix(')')}"
                             f"|{PLAN.pattern.removeprefix('(?:').removesuffix(')')}")
# 完成年度计划的85%, 占下达春播生产任务101.8%: progress against a plan or task
PROGRESS = re.compile(r"(?:占到?|完成了?)(?:下达的?)?(?:年度|全年|年|上半年|[一二三四]季度|前三季度)?(?:投资)?"
                      r"(?:计划|目标任务|任务)"
                      r"|计划(?:投资)?完成率"   # 年度计划投资完成率119%
                      r"|占(?:下达|年度|全年)[\u4e00-\u9fff]{0,6}?(?:计划|任务)$")
# the part of the year a plan or target is for (完成一季度目标任务), and a plan's or target's own figure told with the
# progress against it (完成目标任务28万人的105.7%, 完成预算49531万元的85.0%)
_PLAN_PART = r"(?:年度|全年|上半年|[一二三四]季度|前三季度)?"
PLANS_FIGURE = r"(?:[0-9.]+[万亿千百]*(?:元|人次|人|户|吨|亩|名))?"
# progress against a target task (已完成一季度目标任务的105%): progress, not a target
_DONE_OF_TARGET = re.compile(rf"(?:完成了?|占){_PLAN_PART}目标(?:任务)?{PLANS_FIGURE}的?$")
# (…完成年度目标任务的45%，其中重点项目完成投资10亿元: progress said, no target for what follows)
_DONE_OF_TARGET_SAID = re.compile(rf"(?:完成了?|占){_PLAN_PART}目标(?:任务)?{PLANS_FIGURE}的[0-9.]+%")
# a target said to be met, then what was done (已超额完成全年目标任务，共组织输转…15.71万人): no target for it — when
# what follows tells what was done (共, 累计, 已) or progress against a plan, nothing ahead (年底前将新建…, 力争,
# 全年可输转…), and the figure's period is over or running (not 四季度 in October)
_TARGET_MET = re.compile(rf"(?:超额|提前|全面|顺利)完成了?{_PLAN_PART}目标任务(?![的0-9])")
_TOLD_DONE = re.compile(r"共|累计|已")
_AHEAD = re.compile(r"将|计划|力争|预计|确保|争取|年底前|年内|目标|明年|下一步|今后|未来|[可要需]")
# 占年计划28亿元的80%: the 28亿元 is the plan itself (完成年度目标8亿元的106.3%: the target's)
_TARGET_ITSELF = re.compile(rf"(?:完成|占){_PLAN_PART}目标(?:任务)?$")
_PROGRESS_AFTER = re.compile(r"的[0-9０-９.]+[%％]")
PROGRESS_OF = re.compile(r"(?:计划(?:任务|投资)?|任务|(?<=完成)(?:年度|全年)?目标)$")
# (投资7176万元完成…工程: spent on it; 中央资金2700万元和农产品初加工项目的…: the next in a list)
PROJECT_NAME_AFTER = re.compile(r"^(?!完成|建设|建成|实施|用于|新建|开工|启动|和|及|与|以及)"
                                r"(?:/年)?[\u4e00-\u9fffA-Za-z]{0,12}?(?:项目|电站|工程|生产线)"
                                r"|^(?:光伏|风电|光热|风光|储能|火电|水电|抽水蓄能|太阳能)")   # 南滩30万千瓦光伏发电
# 总投资1042.6亿元的重大项目238个: a total written before the set of projects it is the total of
SET_OF_PROJECTS_AFTER = re.compile(r"^(?:以上|左右|多)?(?:的(?:(?P<projects>[\u4e00-\u9fff]{0,10}?项目)"
                                   r"[0-9０-９]+[个项]"
                                   # 总投资661.6亿元的白银市325个重点项目集中开工: counted before they are named
                                   r"|(?:[\u4e00-\u9fff]{2,6}?[市县区州])?[0-9０-９]+[个项](?=[\u4e00-\u9fff]{0,10}?项目))"
                                   # 总投资64.9亿元40个项目集中开工: with no 的, the count right before 项目
                                   r"|[0-9０-９]+[个项](?=项目))")
DISTANCE = re.compile(r"距离|相距|距")
_DISTANCE_OF_PLACES = re.compile(r"(?:县城|城区|市区|驻地|政府驻地)?(?:距离?|相距)[\u4e00-\u9fff、]{2,16}?"
                                 r"(?:均为|分别为|约|为|均|有)?$")
_DESIGNED = re.compile(r"设计(?:年?产能|年?生产能力|能力|规模|库容量?|[年日]?处理能力|年?加工能力|装机(?:容量|规模)?)"
                       r"(?:为|达到?|约)?$")
# a place alone before kilometres, after a distance said once (县城距兰州市区35公里、白银市区29公里: how far; not
# 管道从水源地至县城28公里, 通往县城12公里: works that length)
_DISTANT_PLACE = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?<![至到往通伸])(?:市区|城区|县城|新区|机场|火车站|高铁站|车站)$")
_CLIMATE = re.compile(r"(?:日照|气温|降水|降雨|蒸发|湿度|风速|积温|无霜期)[\u4e00-\u9fff]{0,6}(?:为|达|约|在)?$")
# 东西宽89公里, 绵延60公里, 黄河流经县域110公里, 黄河穿城而过18公里: the region's extent or a feature's length
EXTENT = re.compile(r"(?:(?:东西|南北)(?:长|宽|跨度|间隔|相距)|绵延|全长|流经[\u4e00-\u9fff]{0,4}|穿城而过|境内长度?"
                    r"|开车|驱车|行驶|往返"
                    r"|(?:县城|城区|市区)[东南西北]{1,2}至[\u4e00-\u9fff]{2,6})"   # (县城西至白银60公里: a distance)
                    r"(?:约|达|近|超过)?$")   # (两天开车400多公里: a trip, no feature of the economy)
CONTRIBUTION = re.compile(r"拉动|贡献")
# 带动全市工业投资增长164.9% is the investment's own growth; 影响居民消费价格总水平上涨约0.15个百分点 is a contribution
CONTRIBUTION_POINTS = re.compile(r"带动|影响[^，,。；;上下]{2,16}(?:上涨|下降|上升|下跌)")   # (not 受政策影响上升)
# (其中投资5亿元以上43个: a band of the projects counted, a count right after it)
THRESHOLD_AFTER = re.compile(r"^(?:以上|以下|以内|及以上)(?=[\u4e00-\u9fff“\"]|[0-9]+[个项家户座](?![0-9]))"
                             r"(?!的?(?:增速|增长|增幅|速度))"
                             r"(?!都|均|来自)")   # 收入的70%以上都来自果品: a share, not a threshold
# a figure written before the measure it states: 年均135万亩以上的粮食播种面积 (a level, not a threshold)
MEASURE_AFTER = re.compile(r"^(?:以上|左右|多|余)?的([\u4e00-\u9fff]{0,8}?(?:播种面积|种植面积|面积|产量|产值|收入|"
                           r"总量|规模|总额|增加值|产能))(?=[，,。；;、]|$)")
_CAPACITY_OF_PEOPLE = re.compile(r"可(?:同时|一次性|一次)?(?:接待|容纳|满足)[\u4e00-\u9fff]{0,6}$")
# the cost of a task, in the clause right after it (下达…建设任务6万亩，总投资8800万元; 搬迁任务3200户1.4万人，总投资…):
# the task's plan
# (not 完成…任务…: done; 计划完成 is still the plan, 按计划完成 done)
# the parts a plan is made of, listed after 包括 (计划播种春播农作物中，包括粮食作物118.59万亩、蔬菜…)
_PLANNED_AMONG = re.compile(r"计划[\u4e00-\u9fff]{1,16}中[，,]?包括"
                            r"(?:(?!其中|已)[^。；;：:，,])*$")
# (not what was lent against it: 已发放省上下达的…贷款5.2亿元, 累计发放上级核定的…)
_LOAN_QUOTA = re.compile(r"(?:下达|核定)(?!的)[\u4e00-\u9fff0-9]{0,24}?(?:贷款|信贷)(?:规模|额度|任务|计划)?"
                         r"(?:为|是)?$")
_TASK_COST = re.compile(r"(?:^|[，,。；;])"
                        r"(?:(?!(?:(?<!计划)|(?<=按计划))(?<![需要应将])完成|落实|实现|超额)[^，,。；;])*"
                        r"任务(?:[0-9.]+[万亿千百]*[\u4e00-\u9fff]{1,3}){1,2}(?:[（(][^）)]{0,40}[）)])?[，,]"
                        r"(?:项目)?(?:总投资|计划投资|概算投资|投资)(?:约|近|达到?|为)?$")
_TASK_REACH = 48
# a count written before its noun that a remark follows, in its clause: a scene described (走进…基地，200余座大棚排列
# 整齐) or things already counted remarked on (这次认定的85个示范性家庭农场经营规范、效益较好), no stock stated
_REMARKS = (r"(?:排列整齐|整齐排列|整齐划一|错落有致|鳞次栉比|一字排开|长势喜人|长势良好|郁郁葱葱|生机勃勃"
            r"|经营规范|效益较好|效益良好|运行良好|运转正常|挂满枝头|运营良好|运行平稳|经营良好|运营正常|运行正常|效益显著"
            r"|映入眼帘|一字排列|依次排开)")
_SCENE_AFTER = re.compile(r"[^，,。；;！？\s\d]{1,12}?" + _REMARKS)
# those counted said to attend an event (有超过2500家单位和企业参会, 300家企业参展): people or firms at one event
_ATTENDING_AFTER = re.compile(r"[\u4e00-\u9fff、]{1,10}?(?:参会|参展|与会(?!员)|到会|出席"
                              r"|参加了?(?:本次|此次|这次|本届)?"
                              r"[\u4e00-\u9fff“”]{0,10}?(?:大会|会议|展会|博览会|洽谈会|推介会|交流会|对接会|论坛|活动|节会"
                              r"|[\u4e00-\u9fff]洽会|[\u4e00-\u9fff]博会|[\u4e00-\u9fff]交会|招聘会))"
                              r"(?![\u4e00-\u9fff])")
REMARK_END = re.compile(_REMARKS + "$")
# … unless what the region built or has is said right before the count (全县新建50座气调冷库运行良好: the county's)
# (全县46家规上工业企业运行平稳; not 在核心示范区300多座日光温室鳞次栉比: a scene; the remark no part of a name:
# 全县新建50座气调冷库运行良好 -> 气调冷库)
_BUILT_OR_HELD = re.compile(r"(?:(?:新建|建成|建设|培育|发展|新增|共有|现有|拥有|有|累计|打造|创建|引进|认定)了?"
                            r"(?:各类)?|^\s*(?!在|走进|来到)(?:全[县市区州省]|该[县市区]"
                            r"|[\u4e00-\u9fff]{1,4}(?:[县市州]|(?<![园范城社景矿片辖业])区)))$")
# what may follow a count that is a level, not a count written before its noun (1227642人占51%: a share)
NUMBER_FIRST_OK = re.compile(r"^\s*(?:以上|以下|左右|多|余|之多|次|[，,、。；;！!]|-\s|）|\)|（|\(|”|占|$"
                             r"|和(?![\u4e00-\u9fff]{0,6}户)"
                             # 暖棚6602座近50万平方米: its size (not 5个5000亩以上规模化生产基地: the noun's band)
                             r"|(?:近|约)?[0-9.]+万?(?:平方米|立方米|亩|公里)(?!以上|以下)"
                             r"|[0-9.]+万?人(?!次)"   # 64户231人: households, then their people
                             r"|(?:增加|增长|提高|上升|提升|跃升|下降|减少)(?:到|至)|[增升降]至"   # 由65.16万人次增加到
                             r"|(?:扩增|扩大)?[到至](?:\d{4}年的?|(?:现在|目前|如今)的)?[0-9]"   # a span
                             r"|[0-9.]+[万亿]?元)")   # 增发国债项目8项7168万元: the projects' amount follows

_COUNT_UNITS = frozenset({"count", "person", "person-time"})


DOCUMENT_BEFORE = re.compile(r"[〔\[(（]\d{4}[〕\])）]$|(?<!增长|下降|增速|增幅|减少|提高|降低)[-—/]$")
# (3家三星级饭店: a grade)
SLOGAN_AFTER = re.compile(r"^(?:强|[+＋]|[一二三四五六七八九十](?![0-9０-９万亿千百余多]|星级))")
SHORT_QUOTE = 12   # “五个一”, “6+4+6”: a name or slogan; longer: somebody speaking
# Every alternative starts with a literal (a lookbehind follows its first character instead of
# preceding it): the search then scans for their first characters in C.
# one project or firm pointed at as a clause's subject (这个总投资6.75亿元的西北地区最大豆制品生产项目，…);
# the noun ends its phrase (not 这个县引进项目12个: the county's)
_THIS_ONE = (r"这(?:个|一|家)(?:[^，,。；;]{0,30}?的)?[\u4e00-\u9fff]{0,12}?(?:项目|企业|公司|合作社|工厂)"
             r"(?=[，,]|总投资|建成|投产|达产")
THIS_ONE = re.compile(_THIS_ONE + ")")
THIS_ONE_CLAUSE = re.compile(_THIS_ONE + "|$)")   # a whole clause (这个…项目，…: what the clauses after it are about)
# places or works counted earlier in a scope (共新建11个集中安置点，项目总投资…): the investment after is theirs
_SET_COUNTED = re.compile(r"(?<![0-9０-９.])(?:[2-9]|[1-9][0-9]+)(?:个|项|座|处|所|条|批)")
ONE_CASE = re.compile(r"该项目|项目建成后|建成后|投产后|达产后|改造后|该企业|该公司|该厂|该合作社|"
                      r"该资源圃|该基地|该中心|他家|她家|我家|自家|家里有|有限公司|有限责任公司|"
                      r"全镇|该镇|本镇|全乡|该乡|本乡|全村|该村|本村|"   # one town or village
                      # one project, opening its clause
                      r"项(?<![^，,。；;]项)目(?:计划)?(?:总投资|总投入|占地|总建筑面积|建筑面积|建成)|"
                      r"镇(?<![城乡]镇)(?:[^\W\d等]{2,4}村|农户)"   # 月牙泉镇杨家桥村, 居集镇农户 (not 张川镇前山等村)
                      # a bare 他/她 opening its clause: one person
                      # (also after 但 or 却: 但他只养了50只骆驼)
                      r"|他(?<![^，,。；;但却]他)(?!们)|她(?<![^，,。；;但却]她)(?!们)"

                      # 这个总投资6.75亿元的…豆制品生产项目，…预计年产产品10.8万吨: the one project pointed at
                      r"|" + THIS_ONE.pattern)
# one person or firm a feature's paragraph is about (村民车红民, 种植大户刘玉平, 合作社负责人李生坤): a name
# starts with a surname (or 老/小 and one, or a Tibetan name's first syllable), so that 村民介绍说,
# 村民正在… and 企业负责人介绍 name nobody
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
            "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
            "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车项连芦麻禹巩"
            "仲冶赛拜敏虎锁保豆於")
TIBETAN_FIRST = "才扎次达多格索旦尕桑贡更仁卓央"
# a name, then what a person does or says
# adverbs and words of manner after 村民, 果农 … that are no name (村民连片种植, 村民多年种植马铃薯)
_NOT_NAMES = ("[向把将与和对为在从由跟给让被]|连片|多年|常年|成片|高效|安心|单独|多以|大力|积极|纷纷|普遍|主要"
              "|全部|共同|集中|统一|自发|自主|自行|广泛|陆续|相继|逐步|长期|每年|今年|去年|通过|利用|采用|依托|按照"
              "|结合|发展|从事|参与|开始|继续|已经|正在")
_PERSON = (rf"(?P<{{}}>[老小][{SURNAMES}]"
           rf"|(?!{_NOT_NAMES})(?:[{SURNAMES}]|[{TIBETAN_FIRST}])[\u4e00-\u9fff]{{{{1,2}}}}?)"
           r"(?=说|告诉|介绍|正|在|家|是|一边|笑|高兴|算|指着|今年|去年|从|自|把|将|[，,：:]"
           r"|得知|听说|看到|坦言|感慨|种的|养的|一家|种植|养殖|承包|流转|靠|通过)")   # (马建斌得知…后，把…)
PROTAGONIST = re.compile(   # (the lookahead's set lets the search skip in C to where one may start)
    r"(?=[村果菜瓜牧种养脱贫致合公农企厂基该1-9小老叫])"
    r"(?:(?:(?:村民|果农|菜农|瓜农|牧民|种植户|养殖户|脱贫户|贫困户|小伙子?|老汉)"
    r"(?!小组|们|群众|代表|委员|收入|人均|自治|总|专业|合作|增收|致富|就业|务工|参与|受益|帐篷)"
    r"|(?<![\d.])[1-9][0-9]岁的|(?<=[哥姐嫂叔婶爷娃倌妹婆][”\"])叫(?!马铃薯|土豆|洋芋|苹果|花椒|核桃|当归|党参|黄芪"
    r"|红枣|枸杞|玉米|小麦|辣椒|百合|蜂蜜|牦牛|羊肚菌))"   # (53岁的彭玉芬家种了近200亩, “当归哥”叫於军强: a
    # person; not “金疙瘩”叫马铃薯, a crop)
    + _PERSON.format("villager")
    + r"|(?:种植|养殖|致富)(?:大户|能手|带头人)" + _PERSON.format("grower")
    # 合作社负责人李生坤; the head named before (王玉红是…合作社的负责人): see PROTAGONIST_BEFORE
    + r"|(?P<title>(?:合作社|公司|农场|企业|厂|基地)的?(?:负责人|理事长|董事长|总经理|经理|社长|场长|带头人))(?:"
    + _PERSON.format("manager") + ")?"
    # 该镇按照…opening a paragraph: one town's paragraph (not 辛店镇是…大镇，该镇种植面积…: one figure of it)
    + r"|(?<![^\n])该[镇乡](?![级域区])(?P<town>))")
# a firm as a sentence's subject (…。2012年，长城电工公司追求科技领先，…。2012年，实现产值1.7亿): the
# paragraph's subject-less figures after it are the firm's; searched only in bodies that say 公司
FIRM_PROTAGONIST = re.compile(r"(?:^|(?<=[。\n]))(?:[^，,。；;\n]{0,12}[，,])?(?P<firm>[\u4e00-\u9fff]{2,12}公司)"
                              r"(?=追求|致力|始终|坚持|主要|专业|现有|拥有|已|先后|年产|生产|建成|投资|实现|完成)")
# a town opening a paragraph as its subject (今年3月，凉州区河东镇统筹各类资金…; 河东镇集体经济产业园是…): the
# paragraph's subject-less figures after it are the town's, as after 该镇; matched at paragraph starts only
TOWN_PROTAGONIST = re.compile(r"\s*(?:[^，,。；;\n]{0,10}[，,])?(?:[\u4e00-\u9fff]{2,5}[县区市])?"
                              r"(?P<town>(?![在于到像从向])(?!今年|去年|当年|全年|很多)"
                              r"[\u4e00-\u9fff]{2,3}(?<![城全各本该年乡镇多])[镇乡])(?![域区级长政村委里镇乡原])")
PROTAGONIST_BEFORE = re.compile(rf"(?<![\u4e00-\u9fff])((?:[{SURNAMES}]|[{TIBETAN_FIRST}])[\u4e00-\u9fff]{{1,2}})"
                                r"是[^，,。；;]{0,30}$")
# a head count naming a base (60万只高山细毛羊基地, 10万头牦牛、1000头甘肃马鹿…基地, 万头肉牛养殖基地): its
# designed scale, not the herd; the list may go on over 、 and 及 but not over a clause
_BASE_REACH = 40
_BASE_AFTER = re.compile(r"^[^，,。；;：:！!？?]{0,36}?基地")
# one firm of several named together (白银有色集团和西北铜加工厂, 酒钢集团公司和宏兴股份公司)
_FIRM_ITEM = r"(?:(?![和及与])[\u4e00-\u9fff]){2,12}(?<!企业)(?<!产业化)(?:集团|股份|公司|厂)"
# a company as the clause's subject: 田地公司在渭源县内种植原种6800多亩 (not 公司数, 新增公司); a group opening its
# clause before what it did (甘肃农垦集团今年实现营业收入45亿元; not 新引进宝武集团10万吨…项目, …发电集团在内的17户企业)
# (a bare 公司 only before what a firm has or did: not 公司3200户, a kind of market entity counted)
COMPANY_SUBJECT = re.compile(r"(?:^|[，,。；;：:\s])(?:公司(?=在|以|通过|就|坚持|立足|采取|依托|先后|共|累计|已"
                             r"|今年|去年|全年|实现|完成|年产|年销售|建成|拥有|现有|是|(?:19|20)[0-9]{2}年)"
                             r"|(?:[\u4e00-\u9fff]{2,16}|该|本)公司"
                             r"(?=在|以|通过|先后|共|累计|已|今年|去年|全年|实现|完成|年产|年销售|建成|拥有|现有|是|[0-9])"
                             r"|(?!新引进|引进|包括|依托|支持|吸引|全[县市区省州]|我[县市区省州]|组建|培育|发展|新建|新增)"
                             # (金川集团和酒钢集团: groups named one after another)
                             r"(?:(?:" + _FIRM_ITEM + r"[和及与、])+" + _FIRM_ITEM
                             + r"|(?:(?![和及与])[\u4e00-\u9fff]){2,12}(?<!企业)(?<!产业化)(?:集团|股份))"
                             r"(?=今年|去年|全年|上半年|实现|完成|累计|已|共|先后|拥有|现有|年产|年销售"
                             r"|发挥|派出|出资|捐资|捐赠|投入))")   # (碧桂园集团发挥企业担当，…累计投入2000余万元: its)
# 杨福荣家的果园: one household (not 国家的, 农家的, 各家的 …); looked for only where 家的 is
HOUSEHOLD = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?<![国农专商企大百万千户全各两三多])家的")
# one place: a park that is not industrial, a plant, a scenic spot, a town (城镇, 乡镇, 城乡 are not)
ONE_PLACE_SUBJECT = re.compile(r"(?=[\u4e00-\u9fff]{0,3}[园站景镇乡场村城址馆居窟])(?:"   # every form has one of these
                               r"(?<!工业)(?<!产业)(?<!光电)(?<!光伏)(?<!能源)(?<!物流)(?<!围绕)(?<!依托)园区|示范园|电站|景区|风景(?:名胜|旅游)区|景点|滑雪场|度假村|生态农场|故城"
                               # 会宁会师旧址接待游客2.2万人次, 莫高窟: one place each
                               r"|(?<![各全])(?:旧址|纪念馆|博物馆|故居|[\u4e00-\u9fff]{1,2}窟)"
                               r"|古城(?![镇乡村区])"   # 天水古城接待游客24.87万人次: the old town's
                               r"|(?:地质|森林|湿地|遗址|文化|生态|农业|郊野)公园|植物园"   # 张掖丹霞国家地质公园
                               # a named village: 吊沟村, 富民新村 (not 贫困村, 行政村, 农村)
                               r"|(?!贫困|行政|建制|自然|推行|实行|进行|执行|施行|示范|专业|美丽|旅游|重点|省级|市级|县级|中心|标杆|明星|产业|特色|帮扶|脱贫|出列)"
                               r"[\u4e00-\u9fff][^农乡的个县市区镇全各村\W\d]村(?![民委级组居庄])"
                               r"|[\u4e00-\u9fff][^城乡村集县\W\d]镇(?!域|原)|[\u4e00-\u9fff][^城家故下之县\W\d]乡(?![村镇县族道]))")
# a clause opening with one named scenic spot or park (…；贵清山植物园共接待游客20.16万人次): its own subject,
# not the sentence's first clause's (not 各A级景区, 全县景区, 等景区: places counted or all of them)
SPOT_OPENING = re.compile(r"(?P<name>[^，,；;。、和等各全]{2,12}?)(?<![一二三四五六七八九十两几多]大)(?<!A级)"
                          r"(?:景区|景点|旅游区|地质公园|森林公园|湿地公园|植物园|滑雪场"
                          r"|度假村)(?:共|累计|今年|全年|实现|接待)")
PARK_KINDS = "工业园区|工业集中区|经济技术开发区|经济开发区|开发区|高新区|工业园"   # (a 新区 may be a region)
INDUSTRIAL_PARK = re.compile(PARK_KINDS + "|新区")
# the one spot whose visitors a figure counts, right before 接待 (官鹅沟假期共接待, 樱桃基地累计接待, 村里接待)
VISITED_SPOT = re.compile(r"(?P<spot>村里|[\u4e00-\u9fffA-Za-z0-9]{1,12}?"
                          r"(?:景区|景点|旅游区|公园|乐园|世界|古镇|小镇|沟|寺|窟|基地|村里|(?<![乡农])村))"
                          r"(?:[“”\"]|假期|期间|今年|全年|开园以来|开业以来)?[，,\s]?(?:共|累计|已|均)?接待")
_SPOT_COUNTED = re.compile(r"[各全等个家座、]|所有|A级|乡村|旅游村|重点村|示范村|专业村|为代表|为主|为龙头"
                           r"|[一二三四五六七八九十两几多0-9]大")
_VISITORS = frozenset({"person-time", "person"})
# places counted as a clause's subject (86个县市区完成地区生产总值…, 等10个县实现两位数增长): what is said of them is
# their sum or their threshold, no one region's figure
PLACES_COUNTED = re.compile(r"(?:[0-9]+|[一二三四五六七八九十两]+)个"
                            r"(?:县市区|县（市、区）|县\(市、区\)|县区|市州|市（州）|县|市)(?![级城域委长])"
                            r"(?![州区县]?(?:中|之中|之一|里|当中))")   # (庆阳市在全省14个市州中…: its peers)
# scenic spots whose visitors are listed one by one after them (…景区接待人数分别是麦积山1.4万人次、崆峒山…)
# (also after a header with no 分别: …景区接待情况为崆峒山8.6万人次、麦积山2.7万人次、伏羲庙/南郭寺/玉泉观1.12万人次)
_SPOTS_LISTED = re.compile(r"(?:景区|景点)[\u4e00-\u9fff]{0,8}?(?:(?:分别|依次)(?:是|为)|(?:情况|人数|人次)(?:是|为))"
                           r"[:：]?(?:[\u4e00-\u9fff/]{2,14}[0-9.?？]+万?人次、)*[\u4e00-\u9fff/]{2,14}$")
_VISITS_AND_RECEIPTS = _VISITORS | {"yuan"}
# scenic spots listed before their growths (雅丹、玉门关、阳关等景区分别增长116.12%、…): each spot's
_SPOTS_GROWTHS = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+等?(?:景区|景点)[^，,；;]{0,6}分别"
                            r"(?:同比)?(?:增长|下降|增加|减少)$")


def _spot_visited(text: str) -> bool:
    """Whether `text` names one spot right before its visits (官鹅沟假期共接待), not spots counted or all."""
    spot = VISITED_SPOT.search(text)
    return spot is not None and _SPOT_COUNTED.search(text, max(0, spot.start() - 4), spot.end()) is None


HEAD_CHARS = 20   # a place named this early in the scope is its subject
# 每村至少有一个合作社, 每亩地还有415元
PER_UNIT_BEFORE = re.compile(r"(?:每|各)[\u4e00-\u9fff]{0,2}(?:至少|还|都|均)?(?:有|补助|补贴|奖补|奖励|扶持)?$")
# (日光温室每座补助2万元, 每亩补贴7000元: a policy's rate per unit, not a figure of the economy)
_PER_AFTER = re.compile(r"/(?:头|只|亩|户|人|吨|公斤|斤|株|座|个|千瓦时|度)")
_PER_AREA_OWNER = re.compile(r"每平方(?:公里|千米|米)")
_PER_AREA_AFTER = re.compile(r"/(?:平方米|平方千米|平方公里|m2|m²|km2|km²)")
# a price: 成品新茶每公斤卖到, 一公斤苹果…卖到了, 每株可卖到, 收购价 (one unit's, not an amount)
_PRICE_BEFORE = re.compile(r"(?:每|一)(?:公斤|斤|株|头|只|吨|箱|亩)[\u4e00-\u9fff]{0,10}?(?:可)?"
                           r"(?:卖到了?|卖|售价|价格)(?:为|达到?|在)?$|收购价(?:格)?(?:为|达到?|在)?$")
COORDINATE_BEFORE = re.compile(r"(?:北纬|南纬|东经|西经)约?$")   # 地处北纬35度: where, not 35 kWh
_AWARDS = re.compile(r"奖|状元|评出|评选|荣获|获得")
LISTED_BEFORE_EACH = re.compile(r"[、和及与][\u4e00-\u9fff“”]{2,14}各$")
NAME_CLASS_AFTER = re.compile(r"^级")   # 千万千瓦级风电基地, 百亿级产业: a class in a name
# what the figure describes is a place or a project: 超过100亿元的县区, 投资近80亿元的…工程
PROJECT_ATTRIBUTE = re.compile(r"^(?:以上|左右|多)?的[^，,。；;、]{0,24}?(?:项目|工程|电站|生产线|煤矿|矿井|工厂|中心)"
                               r"|^(?:以上|左右|多)?的(?:县区|县|市县|乡镇|村|企业|城市|市州)")
# 投资1.6亿元的古动物化石三号展览馆: whatever follows 的 is the one work invested in
_INVESTED = ("投资", "总投资", "投资约", "总投资约", "投资近", "总投资近", "计划投资")
INVESTED_IN = re.compile(r"^(?:以上|左右|多)?的(?!比重|增[长速幅])[\u4e00-\u9fff“]")
# 年产1000吨调制乳粉、年产20万吨干粉砂浆等项目建成投产: a capacity in the names of projects
YEARLY_OUTPUT_NAMED = re.compile(r"^[^，,。；;]{0,24}?(?:项目|生产线|工厂|车间)")
# 甘肃圣越1.2亿只白羽肉鸡全产业链等38个市级重点项目: a capacity in the name of a project listed before 等 and
# the count of projects it is one of
_LISTED_PROJECT_AFTER = re.compile(r"^[^，,。；;、0-9０-９]{1,20}?等[0-9０-９一二三四五六七八九十两百]+[个项批]"
                                   r"[^，,。；;]{0,10}?(?:项目|工程)")
# 协议引进资金40亿元，建设兰州明珠新天地城市综合体项目: what one agreement brings to one project (not
# 实施72个…项目, 实施省外项目97个: projects counted)
ONE_PROJECT_AFTER = re.compile(r"^(?:人民币)?[，,](?:用于)?(?:建设|建造|实施|投资建设|新建)"
                               r"[^，,。；;0-9０-９]{2,24}?项目(?![0-9０-９])")
_BAND_NOUN_AFTER = re.compile(r"^的?[\u4e00-\u9fff]{0,6}(?:项目|企业)[0-9０-９一二三四五六七八九十两]")
_PARTS_BAND_AFTER = re.compile(r"(?:以上|及以上)?的?项目[0-9]+[个项]")
SIZE_BAND = "a size band"   # 3亿元至8亿元项目: both ends are part of the next figure's name
_BAND_LOW = re.compile(r"^[至到\-—~～][0-9０-９.]+(?:万|亿|千)?元?(?:以上|以下)?的?(?:项目|企业)")
_BAND_HIGH = re.compile(r"[0-9０-９.]+(?:万|亿|千)?元[至到\-—~～]$")
# a count written number-first is an indicator when it counts an economic entity and states what
# the region has or did (新培育47家农民专业合作社), not whom a measure reached (为579户企业减税).
# Every alternative starts with a literal: the search then scans for their first characters in C.
_GAINING = r"[\u4e00-\u9fff]{0,6}(?:务工|就业|增收|种植|发展|致富|参与|温饱)"   # 群众外出务工
ECONOMIC_NOUN = re.compile(r"(?:企业|合作社|合作联社|项目|园区|工厂|车间|农场|"
                           r"市场主体|经营主体|个体工商户|商户|网店|电商|基地|景区|民宿|农家乐|牧家乐|超市|门店|"
                           r"加工厂|冷库|温室|大棚|养殖场|养殖小区|专业村|示范村|产业园|龙头企业|贫困人口|贫困户|"
                           r"脱贫|劳动力|务工人员|农民工|保鲜库|旅馆|宾馆|酒店|饭店|航线|用地|土地|耕地|农田|草场|林地|果园|茶园|设施农业|"
                           r"贫困村|示范点|标准园|种子园|示范园|示范带|暖棚|育肥场|育肥小区|孵化场|种羊场|养猪场|"
                           r"示范基地|油路|饮水安全工程|小康村|移民新村|安置点|生产线|烘干线|"
                           r"服务点|产业带|丰产方|产业强镇|"
                           r"[万千百]亩(?:以上)?(?:镇|乡|村)|"   # 4个万亩镇、10个千亩村: towns and villages of a crop
                           rf"群众{_GAINING}|农户{_GAINING}|农民{_GAINING})")
# people counted by the work they were brought into: 5500多人就近务工, 3200多人从事苹果经营
_WORK_AFTER = re.compile(r"(?:从事|参与)[\u4e00-\u9fff]{2,8}|(?:就近)?(?:务工|就业)")
_NOUN_PREFIX = re.compile(r"[\u4e00-\u9fffA-Za-z0-9、“”「」]{0,14}")   # what may stand before the noun


def _economic_noun(after: str) -> re.Match[str] | None:
    """The economic noun a number-first count counts, within 14 characters of modifiers
    (280多个专门种植土豆的农村专业合作社): the leftmost noun, its modifiers all of them words."""
    noun = ECONOMIC_NOUN.search(after, 0, 30)
    if noun is None or _NOUN_PREFIX.fullmatch(after, 0, noun.start()) is None:
        return None
    return noun


BENEFICIARY_BEFORE = re.compile(r"(?:为|给|向|帮助|帮扶|惠及|使|让|组织|指导)[\u4e00-\u9fff]{0,2}$")
# 对全县现有规模较大的87家养殖场进行改造: the firms a measure reached (but 对全县115个重点项目实行清单化管理
# counts the county's projects)
TREATED_BEFORE = re.compile(r"[对把][\u4e00-\u9fff]{0,12}$")   # (把扶持发展的206个合作社纳入清单: reached)
# the households a loan went to, after 向 or 对 and a 的, a loan handed out right after them (向首批通过审核的
# 820户建档立卡贫困户，发放…; 对29个致富带头人…门户下的113户带动型贫困户，发放贷款511万元)
_LENT_TO_BEFORE = re.compile(r"(?<![面走转导方趋流倾定])[对向][\u4e00-\u9fff0-9个]{0,24}的$")
_LOAN_AFTER = re.compile(r"[^，,。；;]{0,16}[，,]?(?:发放|放贷|贷款)")
# the verbs that end a growth rate's change, when a period has cut the owner down to them (比前4个月收窄)
_RATE_CHANGES = ("回落", "回升", "收窄", "缩小", "扩大", "回落了", "回升了", "收窄了", "缩小了", "扩大了")
# a gap in points to another thing (高于社会消费品零售总额14.4个百分点, 农村市场增幅高于城市2.22个百分点), or to a
# year written alone (高于2015年5.2个百分点: no indicator named, and never one series for all of them)
_GAP_TO_OTHER = re.compile(r"[高低快慢]于(?!(?:去年|上年|上月|同期|上季度|年初))[^，,；;。]{1,12}?"
                           r"(?:增长|增速|增幅)?(?:近|约)?$")
# (与全省相比高1.2个百分点: a gap, whatever the lead)
OTHER_COMPARISON = re.compile(r"与(?!上年|去年|上月|同期|上季度|年初)[\u4e00-\u9fff]{1,12}相比"
                              r"(?:高出|低出|高|低|快|慢)$"
                              r"|(?<![同环可])[较比](?!上年|去年|上月|同期|上季度|年初)[\u4e00-\u9fff]{1,14}"
                              r"(?:增长|减少|下降|提高|降低|增加|高出|低出|高|低|快|慢|偏多|偏少|偏高|偏低)$"
                              r"|[高低超][于出][\u4e00-\u9fff]{0,8}平均(?:增速|水平)?$"   # 高于全市平均水平0.8个百分点
                              r"|[高低超][于出][\u4e00-\u9fff]{0,4}目标$"   # 高于调度目标(12%)4.1个百分点
                              r"|[高低]于(?:去年|上年)(?:同期)?$"   # a growth against last year's growth
                              r"|[高低][于出](?:全国|全省|全市|全州|全县)[\u4e00-\u9fff]{0,6}$"   # 高于全市0.8个百分点
                              r"|比建[州县市区]初[\u4e00-\u9fff]{0,6}$"   # 比建州初增长了近679.8倍: a history base
                              # 含量高于外地蔬菜31%: against other places' or kinds' goods
                              r"|[高低]于(?:外地|其他|其它|同类|普通|一般|常规|传统)[\u4e00-\u9fff]{0,6}$")
# 八大类商品与服务价格环比涨幅均低于1%: a bound all of them stay under, no one's value
ALL_BELOW = re.compile(r"(?:均|都)(?:低于|小于|不足|不到)$")
OVER_TARGET = re.compile(r"超(?:额完成)?(?:年度)?(?:任务|计划|目标)(?:数)?$"   # 超任务1.12万亩: over the target
                         # 完成预算…的85.0%，短收7431万元: the gap to the budget
                         r"|(?:短收|超收|超支)$"
                         r"|[高低超][于出][\u4e00-\u9fff]{0,4}目标$"   # 高于调度目标(12%): the target itself
                         # 支出率42.02%，超序时进度8.68个百分点
                         r"|(?:超过?|快于|慢于|滞后)(?:时间|序时|时序)进度$|超过?(?:预期|年度|全年)?目标(?:进度)?$")
# (超出全国平均水平(12.3%), 与全国平均水平(6.4%)持平: the country's figure, in brackets)
# 高于全市平均水平12645元, 超全省平均增长率3.91个百分点
AVERAGE_GAP = re.compile(r"(?:[高低超][于出]|超|与)[\u4e00-\u9fff]{0,8}平均(?:增速|水平|数|增长率|增幅)?$"
                         # 城镇居民人均可支配收入超过全省152.5元: a gap to the whole's level, not a level
                         r"|(?:超过|超|[高低超][于出]|多于|少于)(?:全国|全省|全市|全州|全县)(?:平均)?(?:水平)?$"
                         # 较全省高1520元
                         r"|[较比](?:全国|全省|全市|全州|全县)(?:平均)?(?:水平)?(?:高出|低出|高|低|多|少)了?$"
                         # 比全国平均水平(1.6%)高0.4个百分点, 增速比全省(5.3%)快…: the average itself, in the brackets
                         r"|[较比](?:全国|全省|全市|全州|全县)(?:平均)?(?:水平|增速|增幅|涨幅)?$")

THRESHOLD = "a threshold"
# the mark things counted just before pass (其中5家企业投资超千万元, 16家企业营业收入突破1亿元): which of them are
# counted, part of the count's name (names.OVER_A_MARK)
_MARK_OF_COUNTED = re.compile(rf"[0-9０-９一二两三四五六七八九十]+[家个户项座]{MARKED_NOUN}(?:全年|当年|今年)?(?:实现)?"
                              rf"{MARK_MEASURE}"
                              r"(?:超过?|突破|(?P<reached>达到?|在))$")
_MARK_ENDS = re.compile(rf"(?:以上)?(?=[，,。；;]|$)(?!{TOTAL_GREW_AFTER})")
# (126家规上企业实现产值突破100亿元，同比增长9.5%: their total, which grew — no mark)
# …the mark said before the things (年销售额超百万元的电商企业12家, 销售收入达到2000万元的有5家)
_MARKED_COUNTED = re.compile(r"(?:以上)?的(?:有|共有|达到?)?(?!基础|同时|情况|前提|目标|任务|水平)"
                             r"[\u4e00-\u9fff]{0,14}?[0-9０-９一二三四五六七八九十两]+(?:多|余)?[个座家户项]")
# a later clause that opens on the region (…公司是我县引进的重点企业，今年一季度全县规上工业增加值增长12%: the county's)
_REGION_CLAUSE_AFTER = re.compile(r"[，,；;][^，,；;]{0,8}?(?:全|该|我)[县市区州省]")
# (not 2万亩的基础上新建苗圃3处, 的同时: a clause of its own)
_SIZE_OF_COUNTED = re.compile(r"的(?!基础|同时|情况|前提|目标|任务|水平)[\u4e00-\u9fff]{2,14}?"
                              r"[0-9０-９一二三四五六七八九十两]+(?:多|余)?[处个座家条户所]")
# what a gap to a thing in brackets says after them (比全国平均水平(1.6%)高0.4个百分点; not 较上届(…)增长7.64%,
# a growth)
_GAP_WORDS = frozenset({"", "高", "低", "高出", "低出", "快", "慢"})
_ASIDE_END = re.compile(r"[（(][^（()）]{0,20}[)）]$")


def _words(words: tuple[str, ...], unless: str = "") -> re.Pattern[str]:
    """One of `words` (not followed by `unless`)."""
    return re.compile(f"(?:{'|'.join(map(re.escape, words))}){unless}")


# 参加基本养老保险的人数: enrolment in insurance, not an activity
_ACTIVITY_IN_OWNER = _words(ACTIVITY, unless=r"(?![\u4e00-\u9fff]{0,8}保险)")
_PEOPLE_IN_OWNER = _words(PEOPLE)
_PAPERWORK_IN_OWNER = _words(PAPERWORK)
_ADMINISTRATIVE_IN_OWNER = _words(ACTIVITY + PEOPLE + PAPERWORK)   # where none is, none of the three
_PEOPLE_AFTER = re.compile("^[\u4e00-\u9fff]{0,4}(?:" + "|".join(PEOPLE) + ")")
_AGE_UNITS = ("岁", "周岁")
_CHANGE_KINDS = ("percent", "point")


# a clause whose subject is an area wider than any region of Gansu, holding or producing something (not 全国重点镇
# 5个, 全国一村一品示范村12个: the region's own, named by a national title)
_WIDER_AREA = re.compile(r"(?:[，,、；;\s]|据统计|目前|当前|截至目前|[0-9]{4}年(?:末|底)?)*"
                         r"(?:全国|我国|全世界|世界|全球|青藏高原|黄土高原|西北地区|西北五省区?|黄河流域|长江流域)(?:共有|拥有|现有|有(?!机)|总共有|"
                         r"(?:达到?|为|约)?$|"   # (全国5000万亩: its measure left to the clause before)
                         r"[\u4e00-\u9fff]{0,8}?(?:总产量|产量|种植面积|面积|存栏|出栏|饲养量|装机|储量|人口|CPI|居民消费价格|"
                         r"出厂价格|PPI|生产总值|GDP|规模以上工业增加值|工业增加值|零售总额|固定资产投资|财政收入|财政支出|预算收入|"
                         r"预算支出|可支配收入|纯收入))")
# the highest a measure ever was, opening its clause (历史上最高年GDP曾达30多亿元): a year the text does not name
# (not 达到历史最高水平的50万吨: this year's)
_RECORD = re.compile(r"[，,\s]*(?:全[县市区州省]|该[县市区州]|[\u4e00-\u9fff]{1,6}?[县区市州])?"
                     r"(?:历史上|历史|有史以来)的?最(?:高|多|好)")
# a share of a whole it names right after such a figure, in the clause after it (全国县域经济的GDP达8.81万亿元，
# 占全国GDP的48.1%): the wider area's too (not 全县苹果产量10万吨，…，占全国的2%: the county's share of the nation)
_SHARE_OWNER = re.compile(r"(?:约|仅|只)?占(?:全国|我国|全球|世界)(?!的)[\u4e00-\u9fffA-Za-z]{1,12}的?$")
_CLAUSE_MARK = re.compile(r"[，,；;。！？]")   # (one train's load in its own clause)
# (a share of the world right after the nation's figure, 全国马铃薯种植面积7000万亩，占世界的25%: the nation's)
_WORLD_SHARE = re.compile(r"(?:约|仅|只)?占(?:世界|全球)的?")
# the value of an edition before, in brackets after its basis (较上届(签约额6039.55亿元)增长7.64%)
_EDITION_BASIS = re.compile(r"[较比]上(?:一)?届[（(][^（()）]{0,10}$")
# another province, or another province's capital, as a figure's subject (五城市…依次为：乌鲁木齐市上涨1.8%、银川市…):
# no region of Gansu's (a partner named after 与, 向, 对 or inside a name is no subject: the match is at the start)
_OTHER_PLACE = (r"(?:(?:北京|天津|上海|重庆)市?|"
                r"(?:河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|"
                r"江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|青海|台湾)省|"
                r"(?:内蒙古|广西壮族|西藏|宁夏回族|新疆维吾尔)自治区|(?:内蒙古|新疆|宁夏)(?!客商|企业|商会|籍|路|街)|(?:石家庄|太原|呼和浩特|沈阳|长春|哈尔滨|南京|杭州|"
                r"合肥|福州|南昌|济南|郑州|武汉|长沙|广州|南宁|海口|成都|贵阳|昆明|拉萨|西安|西宁|银川|乌鲁木齐)市(?!场))")
# (listed too: 内蒙古自治区和宁夏回族自治区分别增长…)
_OTHER_PROVINCE = re.compile(rf"(?:[，,、；;：:\s])*(?:[春夏秋冬]季)?{_OTHER_PLACE}(?:[、和与及]{_OTHER_PLACE})*"
                             r"(?:[\u4e00-\u9fffA-Z]{0,8}?(?:CPI|居民消费价格|生产总值|GDP|增加值|投资|收入|零售总额|总水平)"
                             r"|(?:全区|全省|全境|地区)[\u4e00-\u9fff]{1,10}?)?"   # (宁夏全区粮食产量: any measure)
                             r"(?:同比|环比)?(?:分别)?(?:上涨|下降|增长|减少|为|达到?|实现|完成)?$")


# … or as the giver of east–west pairing aid to a region of Gansu's: the giver's outlay
# (近两年来，天津累计向甘肃投入财政帮扶资金32.24亿元，实施帮扶项目1766个; 东部4市对甘肃的帮扶…，累计投入…;
# not 甘肃引导360家东部企业…: Gansu the subject).
# The eastern cities paired with Gansu's counties (天津, 青岛, 济南, 福州, 厦门) and their districts and counties,
# which no region of Gansu's is named like:
_PARTNERS = (r"(?:(?:天津市?)?(?:和平|河东|河西|南开|河北|红桥|东丽|西青|津南|北辰|武清|宝坻|滨海新|宁河|静海|蓟州)区"
             r"|(?:青岛市?)?(?:市南区|市北区|黄岛区|西海岸新区|崂山区|李沧区|城阳区|即墨区|胶州市|平度市|莱西市)"
             r"|(?:济南市?)?(?:历下区|市中区|槐荫区|天桥区|历城区|长清区|章丘区|济阳区|莱芜区|钢城区|平阴县|商河县)"
             r"|(?:福州市?)?(?:鼓楼区|台江区|仓山区|晋安区|马尾区|长乐区|闽侯县?|连江县?|罗源县?|闽清县?|永泰县?|福清市)"
             r"|(?:厦门市?)?(?:思明区|湖里区|集美区|海沧区|同安区|翔安区))")
_GIVER = (rf"(?:{_OTHER_PLACE}|{_PARTNERS}|(?:山东省)?青岛市|(?:福建省)?厦门市"
          r"|(?:国务院)?(?:国侨办|侨办|侨务办公室)|中央(?:统战部|单位|定点帮扶单位)"   # (a central office's 定点帮扶)
          r"|(?:国家)?[\u4e00-\u9fff]{2,5}(?<!干)部(?=(?:在|长期|持续)?(?:定点|对口)帮扶)"
          r"|东部[0-9一二三四五六七八九十]+(?:个)?(?:省市|城市|市)|东部协作(?:地区|城市|省市)|(?:天津|济南|青岛|福州|厦门)市?[\u4e00-\u9fff]{1,4}?(?:新区|高新区|区))")
# … the subject of a clause of help (a verb of helping a region after it, or the pairing's money or work after it),
# and of the figure's clause or of the clauses after it that go on with what it did or speak of the pairing, to a
# semicolon (…投入财政帮扶资金32.24亿元，实施帮扶项目1766个; not …，农村居民人均可支配收入达到9800元: the county's;
# not 上海东方希望100万头生猪…养殖基地建成运营: a firm from there, no help)
_GIVER_SUBJECT = re.compile(rf"(?:^|(?<=[，,：:）)”])|(?<=获悉|介绍|了解))\s*"
                            rf"(?:(?:去年|今年|上年|(?:19|20)[0-9]{{2}}年)[，,]?)?"   # (去年天津市、山东省采购帮销…)
                            rf"{_GIVER}(?:[、和与及]?{_GIVER})*(?:两级)?")
_HELPS = re.compile(r"(?:的?[\u4e00-\u9fff]{0,10}?(?:单位|部门|企业|社会力量|爱心人士))?"
                    r"(?:通过[^。；;！？]{0,30}?[，,])?(?:累计|共|先后|已|还)*"
                    r"(?:(?:向|对|为|帮助|给|援助|支援|帮扶|协助)"
                    r"(?:甘肃|我省|全省|我[州市县区]|[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州))"
                    r"|捐赠|捐助|捐款|捐资)")
_PAIRING_WORDS = re.compile(r"协作|帮扶|援助|援建|购销|帮销|采购|捐")
# … or goes on with what the giver did, no subject of its own (…，实施产业项目21个; …，涉及5大类、29个项目;
# …，带动920户脱贫; …协作项目14项，资金4040万元: a bare money of what it did)
_GIVER_GOES_ON = re.compile(r"\s*(?:其中|(?:同比|较上年|比上年|较去年|比去年)?(?:增长|下降|增加|减少)"
                            r"|(?:资金|总投资|投资|金额)(?:共|约|近|达|为|合计|总计)*$"
                            r"|(?:累计|共|先后|已|还|并|同时|每[座个年户]|每年|可为?)*"
                            r"(?:实施|建成|建设|投入|带动|援建|涉及|帮助|协助|引进|选派|购销|捐赠|支持|培训|组织|安排|落实|新建|打造|为))")
# … a giving verb beside the pairing's money or work in the figure's own clause (累计投入协作资金3000多万元;
# not 争取东西部协作资金8000万元: what the county sought)
_GIVING = re.compile(r"投入|援助|援建|捐赠|捐助|捐资|拨付|支援")
# … until a clause opens with a region of Gansu's (…，甘肃引导360家东部企业在贫困地区投资)
_OWN_SUBJECT_AFTER = re.compile(r"[，,；;]\s*(?:(?:19|20)[0-9]{2}年[，,]?)?"
                                r"(?:甘肃|我省|全省|全市|全县|全州|该县|该市|该区|县上|市上"
                                r"|(?!帮助|协助|在|实施|新建|建成|建设|购销|支持|援建|为|向|对|与|和|投入|其中)"
                                r"[\u4e00-\u9fff]{1,3}(?:[县市州]|(?<![园范城社景矿片辖业])区)(?!场))")
# (a cheap test first: most sentences name no giver)
_GIVER_WORD = re.compile(r"天津|北京|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北"
                         r"|湖南|广东|海南|四川|贵州|云南|陕西|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|石家庄|太原|呼和浩特|沈阳|长春|哈尔滨|南京|杭州|合肥"
                         r"|侨办|侨务办公室|中央|定点帮扶"
                         r"|福州|南昌|济南|郑州|武汉|长沙|广州|南宁|海口|成都|贵阳|昆明|拉萨|西安|西宁|银川|乌鲁木齐|青岛|厦门|东部"
                         r"|和平区|河东区|河西区|南开区|红桥区|东丽|西青|津南|北辰|武清|宝坻|滨海新区|宁河|静海|蓟州|市南区|市北区"
                         r"|黄岛|西海岸|崂山|李沧|城阳|即墨|胶州|平度|莱西|历下|市中区|槐荫|天桥区|历城|长清|章丘|济阳|莱芜|钢城"
                         r"|平阴|商河|鼓楼区|台江|仓山|晋安|马尾|长乐|闽侯|连江|罗源|闽清|永泰|福清|思明|湖里|集美|海沧|同安|翔安")
# a title or a stretch of the wider area that is the region's own (全国绿色食品基地面积, 全国最大风电基地,
# 黄河流域玛曲段)
_OWN_PART = re.compile(r"基地|示范|最大|段|认证|标准化|之乡|大县|重点县")


# toward a place, as far as the figure (西北至新疆哈密650千米, 西南至朱店镇以北2公里), and what makes it a length built
_TOWARD_PLACE = re.compile(r"[东南西北]{1,2}至[\u4e00-\u9fff]{2,8}$")
_BUILT_WORKS = re.compile(r"新建|建成|改造|修建|改建|铺设|完成|公路|道路|铁路|管网|管道|连接线|段|线路|渠")
# what a reckoning assumes (按正常生产亩均450斤计算): the clause from 按 to the figure, no other clause between
_ASSUMED = re.compile(r"按[^，,。；;]{0,16}$")
# a change in 元 whose owner names nothing but its basis (较去年上涨6元 after a price per kilogram)
_BARE_PRICE_CHANGE = re.compile(r"(?:较|比)(?:去年|上年)(?:同期)?(?:上涨|上升|下降|下跌)了?")
_PRICE_JUST_BEFORE = re.compile(r"每(?:公斤|斤|千克|吨|头|只|亩)[0-9.]+元[，,][^，,。；;]*$")   # (每公斤47元，较去年…)
# a share of the trains or flights run (累计发运1262列，占我省始发国际班列的50%以上): of an activity count, as they are
_SHARE_OF_RUNS = re.compile(r"占[^，,。；;]{0,12}?(?:班列|班次|航班|列车)的?$")
# one train's or lorry's load (一列满载着50个集装箱，货重1300余吨、货值5000多万元的…班列)
_VEHICLE = r"(?:班列|专列|列车|货车|车辆|货轮|航班|冷藏车|冷链车|卡车|汽车|货机)"
_ONE_SHIPMENT = re.compile(r"一(?:列|趟|批|辆|艘|架)(?:满载|装载|载有|运载)[^。；;！？]*$"
                           # (一列中欧班列驶离…: no 满载 needed when the vehicle is named)
                           r"|一(?:列|趟|辆|艘|架)[^。；;！？，,]{0,12}?" + _VEHICLE + r"[^。；;！？]*$")
# … up to the train or lorry the figure's phrase describes (…、货值5000多万元人民币的金精粉国际货运班列; not a later
# clause: …驶出，今年以来…货值达35亿元)
_LOAD_OF = re.compile(r"[^。；;！？，,]*?(?:[、，,][^。；;！？，,]*?)?的[^。；;！？，,]{0,14}?" + _VEHICLE)
# … or after it, in its own phrase (一列满载汽车的班列货值达3000万元) or in the clauses right after it sets off
# that only describe it (…中欧班列从兰州陆港驶出，该班列共有50个集装箱，货重1300余吨，货值5000多万元): not a clause with
# a subject or a time of its own (…驶出，今年以来兰州陆港货值达35亿元)
_LOAD_NAMED = re.compile(r"的[^。；;！？，,]{0,14}?" + _VEHICLE + r"[^。；;！？，,]{0,6}$")
# 此次/本次 about that trip alone (此次共发运集装箱50个; not 此次发运后兰州陆港今年…货值: the port's year; not
# 此次活动共签约项目20个: an event's)
_THIS_ONE_TRIP = (r"(?:此次|本次)(?![^。；;！？，,]*?(?:活动|推介|签约|会议|大会|论坛|展会|洽谈|招商|培训|今年|累计"
                  r"|全年|以来|上半年|年度|陆港|新区|全[县市区省]))")
_DESCRIBES_IT = (r"(?:该(?:班列|专列|列车|批|车)|满载|装载|运载|载有|货重|货值|总重|总货值|价值|货物|"
                 + _THIS_ONE_TRIP + r")[^。；;！？，,]*")
_SETS_OFF = re.compile(_VEHICLE + r"[^。；;！？，,]{0,20}?(?:驶出|出发|发出|开出|启程|发车|首发|鸣笛|驶离|抵达"
                       r"|到达|运抵|开往|驶向)[^。；;！？，,]{0,16}"   # (…缓缓驶出兰州陆港，货值1200万元)
                       r"(?P<rest>(?:[，,]" + _DESCRIBES_IT + r")*[，,]" + _DESCRIBES_IT + r")$")
# two projects named, then their figures 分别 (…项目有A项目和B项目，总投资分别为17.13亿元和7.23亿元): each one's
_PROJECTS_EACH = re.compile(r"((?:[^，,。；;、和与及]{3,40}项目[和与及、]){1,5}[^，,。；;、和与及]{3,40}项目)[，,]?"
                            r"[^，,。；;]{0,8}?分别(?:为|是|达到?)?$")
# the words a kind of projects is made of (省列重大项目和市列重点项目, 500万元以上固定资产投资项目和房地产开发项目 are
# the county's sets): a project's own name has more (甘肃中药材产业园项目, 陇西物流园项目)
PROJECT_KIND_WORDS = re.compile(r"全[县市区省州]|我[县市区省州]|[省市县州]列|重[点大]|新开工|续建|在建|新建|新引进"
                                r"|引进|签约|招商引资|[0-9.]+[万亿]元以上|亿元以上|万元以上|固定资产投资|房地产开发"
                                r"|产业|工业|农业|水利|交通|能源|基础设施|民生|社会事业|文化旅游|文旅|生态环保|城建|教育"
                                r"|卫生|现有|共有|包括|的|今年|全年|[0-9]{4}年|实施|谋划|储备|前期|预备")
# what a project will do once built (建成投产后，预计年处理中药材5000吨，年产配方颗粒10亿袋): a plan, each clause
_ONCE_BUILT = re.compile(r"(?:建成|投产|达产|竣工|投运)[\u4e00-\u9fff]{0,4}?后[，,]?(?:预计|将|可)"
                         # (not past a clause of the region's own: …，目前全县马铃薯种植面积已达到80万亩)
                         r"(?:[^。；;！？，,]|[，,](?!目前|全[县市区省州]|[我该本][县市区省州]|今年|去年|截至|截止|[0-9]{4}年"
                         r"|已|现|[\u4e00-\u9fff]{1,4}[县市区州](?![级城])))*$")
# a site's footprint (建立占地103亩的…基地), not a whole region's or a kind of farming's (全县设施农业占地…)
_SITE_AREA = re.compile(r"(?<!全县)(?<!全市)(?<!全省)(?<!设施农业)(?:占地|(?<!温室)(?<!大棚)占地面积)"
                        r"(?:约|近|超过|达|达到)?$")


def named_projects(before: str) -> bool:
    """Whether the things before 分别 are projects by name (…项目有甘肃中药材产业园项目和陇西物流园项目，
    总投资分别为…; three or more, 、 between them), not kinds of projects (省列重大项目和市列重点项目总投资分别为…:
    the county's sets)."""
    listed = _PROJECTS_EACH.search(before)
    return listed is not None and all(len(PROJECT_KIND_WORDS.sub("", _after_intro(item))) >= 3
                                      for item in re.split(r"项目[和与及、]", listed[1].removesuffix("项目")))


def _after_intro(item: str) -> str:
    """What follows the last 有 or 为 in a listed item (这次开工的项目有甘肃…: 甘肃…)."""
    return re.split(r"有|为|是", item)[-1]


def _set_total(after: str, normalized: str) -> bool:
    """Whether a figure before 的 is a set of projects' total (总投资1042.6亿元的重大项目238个; counted first,
    only an investment: 总投资661.6亿元的白银市325个重点项目, not 总规模205兆瓦的5个光伏发电项目)."""
    m = SET_OF_PROJECTS_AFTER.match(after)
    return m is not None and (m["projects"] is not None or normalized == "yuan")


_DUAL_AFTER = ("结构", "化", "经济", "体制", "对立", "分割", "格局")   # 二元结构: a word, not a sum


# a set of projects counted after its planned total (年度计划投资33.63亿元的65项重点建设项目): the plan is the
# total's, the set is there
_PLANNED_SET_BEFORE = re.compile(r"计划(?:总)?投资[0-9.]+[万亿]*元的$")


_PERIOD_LEAD = re.compile(r"上年|去年|同期|上月|上季度|年初|(?:19|20)[0-9]{2}年")   # 与去年同期相比 (not 与全省相比)


def _compares_other(owner: str) -> bool:
    """OTHER_COMPARISON in an owner, but not the 比 of a lead 与…相比 (与去年同期相比全县…增长7.5%: the year's
    growth; 增速相比全省快: a gap)."""
    m = OTHER_COMPARISON.search(owner)
    if m is None:
        return False
    lead = owner.rfind("与", 0, m.start())
    return not (owner[m.start() - 1:m.start()] == "相" and lead >= 0 and m.start() - lead <= 12
                and _PERIOD_LEAD.search(owner, lead, m.start()) is not None)


def _done_of_target_said(before: str, settled: Callable[[], bool]) -> str:
    """`before` without the progress against a target it states, nor a target it says was met before what was done
    (see _TARGET_MET)."""
    said = _DONE_OF_TARGET_SAID.sub("", before)
    if "目标任务" in said and (met := _TARGET_MET.search(said)) is not None:
        rest = said[met.end():]
        if (_TOLD_DONE.search(rest) or PROGRESS.search(rest)) and not _AHEAD.search(PROGRESS.sub("", rest)) \
                and settled():
            said = said[:met.start()] + said[met.end():]
    return said


def reject_reason(c: Context) -> str | None:
    """Why this figure is not an indicator, or None when it may be one: the rules of
    docs/indicators.md ("What is not an indicator"), tried in this order, the first that applies
    giving the reason. One function rather than a table of small ones: it runs for every figure
    of every article, and the calls were a tenth of the extractor's time."""
    kind, normalized, figure = c.kind, c.normalized, c.figure
    after, tail, owner, before = c.after, c.tail, c.owner, c.before
    first, last = after[:1], tail[-1:]   # asked by several rules (each slice of Chinese text is a new string)
    if kind == "time":
        return "a date or time" if figure.unit not in _AGE_UNITS else "an age"
    if figure.unit in _AGE_UNITS:
        return "an age"
    if kind == "activity":
        return "an activity count"
    if _OTHER_PROVINCE.match(owner) is not None:
        return "another province's figure"
    if _GIVER_WORD.search(before) is not None and (giver := _last_match(_GIVER_SUBJECT, before)) is not None \
            and before_not_own(before, giver.end()) and _gives(before, giver.end()):
        return "another province's figure"   # 天津累计向甘肃投入财政帮扶资金32.24亿元，实施帮扶项目1766个: the giver's
    if "届" in before[-14:] and _EDITION_BASIS.search(before) is not None:
        return "an earlier edition's value, undated"   # 较上届(签约额6039.55亿元)增长7.64%: the edition
        # before's total, of a day the text does not say (the current edition's change says the rest)
    if (wider := _WIDER_AREA.match(owner)) is not None and "占" not in owner and _OWN_PART.search(wider[0]) is None:
        return "a wider area's figure"   # 青藏高原共有牦牛1600多万头, 全国苹果产量4000万吨: no region's
    if "最" in owner and _RECORD.match(owner) is not None:
        return "a record of a year not named"   # 历史上最高年GDP曾达30多亿元: some past year's, undated
    if kind == "percent" and (_SHARE_OWNER.fullmatch(owner) is not None or _WORLD_SHARE.fullmatch(owner) is not None) \
            and before.endswith(owner) \
            and (wider := _WIDER_AREA.match(_last_clause(before[:len(before) - len(owner)].rstrip("，, ")))) \
            and _OWN_PART.search(wider[0]) is None:
        return "a wider area's figure"
    if kind == "other":
        return "not an economic unit"
    if figure.unit[-1:] == "度" and "电" not in c.before and first != "电":
        return "degrees, not electricity"   # 冰面坡降为3度到6度, 气温28度: 度 is kWh only in a sentence of 电
    if before.endswith("第"):
        return "an ordinal"
    if figure.number == "一" and figure.unit != "倍" and figure.unit[:1] not in _MULTIPLIER_CHARS:
        return "a determiner, not a count"   # 一亩见效, 一头连着: not 一万多元, 增长一倍
    if figure.text == "二元" and after.startswith(_DUAL_AFTER):
        return "part of a name or slogan"   # 城乡二元结构: dual, not two yuan
    if last in _DOCUMENT_ENDS and DOCUMENT_BEFORE.search(tail) is not None:
        return "a document number or code"
    if c.quote is not None and not (figure.form == "fraction" and c.quote == figure.text):   # (“半壁江山”: a share
        return "part of a name or slogan" if len(c.quote) <= SHORT_QUOTE else "a quotation"
    # (the patterns anchored at the figure's start or end are tried only where their first or last
    # characters are: a test on a string is cheaper than a regex call, and most figures pass them all)
    if figure.number[:1] in _MULTIPLIER_CHARS and "\u4e00" <= first <= "\u9fff" \
            and not after.startswith(_LEVEL_GOES_ON) and _PROGRAMME_AFTER.match(after) is not None:
        return "part of a name or slogan"   # 全市百万亩优质苹果基地, 中盛百万只肉羊屠宰厂: a name
    if (first in _SLOGAN_FIRST and SLOGAN_AFTER.match(after) is not None) \
            or (first == "级" and NAME_CLASS_AFTER.match(after) is not None) \
            or (first in _PLACE_NAME_ENDS and not figure.text[:1].isdigit() and figure.unit != "个"):
        return "part of a name or slogan"   # (六峰镇, 十里店村, 三台镇: a place's name)
    if normalized == "head" and "基地" in after[:_BASE_REACH] and first not in _CLAUSE_ENDS \
            and _BASE_AFTER.match(after) is not None:   # (number-first: not 肉牛存栏10万头、…养殖基地20个)
        return "a base's designed scale"   # 60万只高山细毛羊基地、10万头肉牛养殖基地: what it is built for
    if "设计" in owner and _DESIGNED.search(owner) is not None and not after.startswith(("以上", "以下", "的")):
        return "a base's designed scale"   # 项目设计年产能3.6万吨: what a plant is built for, not what it made
    if normalized not in _CHANGE_KINDS and ("每" in tail or "各" in tail) \
            and (per := PER_UNIT_BEFORE.search(tail)) is not None \
            and not (per[0] == "各" and LISTED_BEFORE_EACH.search(tail) is not None   # A、B各4处: each
                     and _AWARDS.search(tail) is None):   # (二等奖、三等奖各8头: prizes)
        return "a norm per unit"
    if "每平方" in owner and _PER_AREA_OWNER.search(owner) is not None:
        return "a norm per unit"   # 每平方公里土地产出GDP达到1200万元: a density, not the county's GDP
    if "按" in tail and after[:6].find("计算") >= 0 and _ASSUMED.search(tail) is not None:
        return "a norm per unit"   # 按正常生产亩均450斤计算: what a reckoning assumes
    if normalized == "yuan" and _BARE_PRICE_CHANGE.fullmatch(owner) is not None \
            and _PRICE_JUST_BEFORE.search(before) is not None:
        return "a change with no indicator it belongs to"   # 产地收购价格为每公斤47元，较去年上涨6元: the price's
    if after[:1] == "/" and _PER_AREA_AFTER.match(after) is not None:
        return "a norm per unit"   # 可利用风能年贮量518.6千瓦时/平方米: a density, not a quantity
    if normalized == "yuan" and (after[:1] == "/" or "卖" in tail or "价" in tail) and (
            after[:1] == "/" and _PER_AFTER.match(after) is not None or _PRICE_BEFORE.search(tail) is not None):
        return "a norm per unit"   # 每公斤卖到3000元, 按1000元/头的标准: a price or rate per unit
    if normalized in _COUNT_UNITS and owner.endswith("县") and _APPRAISAL.search(before) is not None:
        return "an appraisal's count"   # 评定进步县10个、十强县10个: the province's awards, not the county's
    if after.startswith(_NOT_FEW):
        return "a description, not a figure"   # 户均年收入超过10万元的不在少数: how many, vaguely
    if normalized not in _CHANGE_KINDS and "计划" in before and _YEAR_PLAN.match(before) is not None \
            and not c.settled and not (normalized == "count" and _PLANNED_SET_BEFORE.search(before)) \
            and _DONE_SO_FAR.search(_last_clause(before)) is None:   # (…，目前已开工30个: progress)
        return "a target or plan"   # 2025年计划种植…，牛饲养量、苹果产量分别达到16.6万头、80万吨
    if ("均" in owner or "均" in tail or (last == "在" and after.startswith("以上"))) \
            and _EVERY_ONE.search(_last_clause(before)) is not None:
        return "a norm per unit"   # 所有行政村集体经济年收入均超33万元: each village's floor
    if ("日" in owner and _ONE_DAY.search(owner) is not None) \
            or (("单日" in before or "日最大" in before)   # (…单日接待量由2016年的2.3万人增加到2.57万人)
                and _ONE_DAY.search(_last_clause(before)) is not None):
        return "one day's figure"   # 莫高窟单日接待量, 景区日最大接待量: a day's peak, no series
    if ("当天" in before or "日" in before or "天" in before) and (day := _DAY_ITSELF.search(before)) is not None \
            and _VISITS.search(before, day.end()):
        return "one day's figure"   # 假日期间…。其中，4月6日当天，游客人数达到28.9万人次，实现旅游综合收入1.6亿元;
        # 清明假期第二天，天水市接待游客34.86万人次
    if first in "以及" and THRESHOLD_AFTER.match(after) is not None and MEASURE_AFTER.match(after) is None:
        return THRESHOLD
    if normalized == "yuan" and last in "超过破到达在" and (mark_ends := _MARK_ENDS.match(after)) is not None \
            and (marked := _MARK_OF_COUNTED.search(tail)) is not None \
            and (marked["reached"] is None or mark_ends[0].startswith("以上")):   # (2个市场年交易额达到5亿元: theirs)
        return THRESHOLD   # 其中5家企业投资超千万元: which of the firms counted
    if normalized == "yuan" and first in "的以" and last in "超过破到达" and _MARKED_COUNTED.match(after) is not None \
            and (last in "超过破" or not _set_total(after, normalized)):   # (投资超过5亿元的项目8个: a mark, no total)
        return THRESHOLD   # 年销售额超百万元的电商企业12家: which of the firms counted
    if first == "的" and kind == "physical_quantity" and _SIZE_OF_COUNTED.match(after) is not None \
            and "总" not in owner and "占" not in owner:   # (总库容1.2万吨的冷库15座: all of theirs; 占地: a site)
        return THRESHOLD   # 建立面积500亩的中药材育苗基地4处: the size of the bases counted, part of their name
    if kind == "percent" and ("均" in owner[-3:] or "都" in owner[-3:]) and ALL_BELOW.search(owner) is not None:
        return THRESHOLD   # 八大类商品与服务价格环比涨幅均低于1%
    if (first in _BAND_ENDS and _BAND_LOW.match(after) is not None) \
            or (last in _BAND_ENDS and _BAND_HIGH.search(tail) is not None
                and PROJECT_NAME_AFTER.match(after) is not None):
        return SIZE_BAND
    if figure.value_max is not None and normalized == "yuan" and _BAND_NOUN_AFTER.match(after) is not None:
        return SIZE_BAND   # 5亿至10亿元项目19项: a band of projects, one range
    if normalized == "yuan" and "其中" in tail[-3:] and _PARTS_BAND_AFTER.match(after) is not None:
        return SIZE_BAND   # 签约项目9个，…，其中10亿元项目2个: a band of the projects counted
    if tail[-1:] in "*×" and tail[-2:-1].isdigit():
        return "part of a project's name"   # 甘电投张掖电厂2*1000兆瓦燃煤机组: one plant's units
    if normalized not in _COUNT_UNITS and PROJECT_NAME_AFTER.match(after) is not None \
            and not _set_total(after, normalized):   # (总投资1042.6亿元的重大项目238个: the set's)
        return "part of a project's name"   # (185个重点项目 counts projects)
    if ("的" in after[:3] and not _set_total(after, normalized) and (
            PROJECT_ATTRIBUTE.match(after) is not None
            or (tail.endswith(_INVESTED) and INVESTED_IN.match(after) is not None))) \
            or (normalized == "yuan" and ONE_PROJECT_AFTER.match(after) is not None) \
            or (tail.endswith("年产") and YEARLY_OUTPUT_NAMED.match(after) is not None) \
            or ("等" in after[:24] and _LISTED_PROJECT_AFTER.match(after) is not None):
        return "one project's or enterprise's own figure"
    if "分别" in tail and normalized == "yuan" and named_projects(before):
        return "one project's or enterprise's own figure"
    if "一" in before and (shipment := _ONE_SHIPMENT.search(before)) is not None \
            and (_LOAD_OF.match(after) is not None
                 or (_LOAD_NAMED.search(before, shipment.start()) is not None
                     and _CLAUSE_MARK.search(before, shipment.start()) is None)   # (its own clause only)
                 or _SETS_OFF.search(before, shipment.start()) is not None):
        return "one project's or enterprise's own figure"
    if kind == "percent" and "占" in tail and _SHARE_OF_RUNS.search(tail) is not None:
        return "an activity count"
    if kind == "physical_quantity" and "一" in after[:14] and _ONE_FACILITY_AFTER.match(after) is not None:
        return "one project's or enterprise's own figure"   # 基地建有2.5万吨制冰车间一座: one facility's size
    if "占地" in tail[-7:] and kind == "physical_quantity" and _SITE_AREA.search(tail) is not None:
        return "one project's or enterprise's own figure"   # 建立占地103亩的食用菌示范基地: one site's footprint
    if figure.unit == "度" and COORDINATE_BEFORE.search(tail) is not None:
        return "a coordinate, not the economy"
    if kind == "percent" and _CLIMATE.search(tail) is not None:   # (the other climate units are not read)
        return "climate, not the economy"   # 年平均日照百分率60%, 年降水量350毫米
    if ("距" in owner and DISTANCE.search(owner) is not None) or (normalized == "km" and (
            after.startswith(("外", "处")) or EXTENT.search(tail) is not None   # (位于县城以北5公里处)
            or ("距" in tail and _DISTANT_PLACE.search(owner) is not None)
            or ("距" in before and _DISTANCE_OF_PLACES.search(_last_clause(before)) is not None))):
        # (县城距兰州、白银两城均为45千米: how far, from the places listed)
        return "a distance to a place"
    if normalized == "km" and "至" in tail and _TOWARD_PLACE.search(tail) is not None \
            and _BUILT_WORKS.search(_last_clause(before)) is None:
        return "a distance to a place"   # 西北至新疆哈密650千米 (not 新建北至火车站道路3.5公里: a road built)
    if "目标" in tail[-8:] and _TARGET_ITSELF.search(tail) is not None and _PROGRESS_AFTER.match(after) is not None:
        return "a target or plan"   # 完成年度目标8亿元的106.3%: the target's own figure (the 106.3% is progress)
    planned = _TARGET_OR_PLAN.search(before) is not None \
        and not (normalized == "count" and _PLANNED_SET_BEFORE.search(before))   # (few figures have either before them)
    if (planned and TARGET.search(_done_of_target_said(before, lambda: c.told)) is not None
            and not (kind == "percent" and _DONE_OF_TARGET.search(before) is not None)) \
            or ("目标" in after and GOAL_AFTER.match(after) is not None) \
            or ("后" in before and _ONCE_BUILT.search(before) is not None) \
            or ("将" in after[:10] and _WILL_AFTER.match(after) is not None) \
            or (planned and (plan := PLAN.search(clause := _last_clause(before))) is not None
            and not (kind == "percent" and plan[0].endswith("预算"))   # (完成预算106.1%: progress, not the budget)
            and (PROGRESS.search(clause) is None or (PROGRESS_OF.search(tail) is not None and kind != "percent"))
            and not (plan[0][0] in "预可" and c.settled)):   # 预计2015年生产总值达到30.7亿元, said in 2016
        return "a target or plan"
    if "可" in before and (could := POTENTIAL.search(before)) is not None \
            and (PLAN.search(before, 0, could.start()) is not None or _PROJECT_SETTING.search(before, 0, could.start())
                 or not _ANY_DIGIT.search(before, 0, could.start())):
        return "a target or plan"   # 预计总产量超过29万吨，可实现产值2.9亿元 (but 年产量约400万公斤，可实现产值…)
    if "最" in tail and EXTREME_BEFORE.search(tail) is not None:
        return "an extreme over several periods"   # 过去5年中，GDP增速最低15.6%，最高达20%
    if kind == "point" and (ACCELERATION.search(owner) is not None
                            or (owner.endswith(_RATE_CHANGES) and ACCELERATION.search(_last_clause(before)))):
        return "a change of a growth rate"
    if kind in _CHANGE_KINDS and "个" in before[-40:] and PLACES_COUNTED.search(_last_clause(before)) is not None:
        return "said of places counted"   # …等10个县实现两位数增长, 共60个县固定资产投资呈两位数增长: theirs
    if kind in _CHANGE_KINDS and (CONTRIBUTION.search(owner) is not None
                                  or (kind == "point" and CONTRIBUTION_POINTS.search(owner) is not None)):
        return "a contribution to growth"
    if "接待" in owner and normalized in _VISITORS and _spot_visited(owner):
        return "one place's own figure"   # 宕昌官鹅沟假期共接待游客6.3万人次, 村里接待游客就超过了5万人次:
        # one spot's visitors, not its county's (各景区, 全县景区, A级景区 are all of them)
    if (normalized in _VISITS_AND_RECEIPTS or kind == "percent") \
            and ("分别" in before[-90:] or "依次" in before[-90:] or "景" in before[-240:]) \
            and (_SPOTS_LISTED.search(before[-240:]) is not None or _SPOTS_GROWTHS.search(_last_clause(before))):
        return "one place's own figure"   # 全省4个5A级旅游景区接待人数分别是天水麦积山1.4万人次、…: each spot's
    scope = c.scope
    if normalized in _VISITS_AND_RECEIPTS and "接待" in scope and "接待" not in owner and _spot_visited(scope):
        return "one place's own figure"   # …官鹅沟假期共接待游客6.3万人次，实现旅游综合收入3000万元: the spot's too
    if "在" in scope:
        scope = _VENUE.sub("", scope)
    # (西峰区在肖金镇芮岭村举行15个重点项目集中开工仪式: the village is the venue, not the subject)
    if ((case := ONE_CASE.search(scope)) is not None
            and not (case[0].endswith("总投资") and _SET_COUNTED.search(scope, 0, case.start()) is not None)) \
            or ("家的" in scope and HOUSEHOLD.search(scope) is not None) \
            or (("位于" in scope or "座落" in scope or "坐落" in scope or "地处" in scope)
                and _SITE_LIES.search(scope) is not None and _ALL_SITES_LIE.search(scope) is None) \
            or (("说" in scope or "介绍" in scope or "表示" in scope) and _ONE_SPEAKER.search(scope) is not None) \
            or (("公司" in scope or "集团" in scope) and (firm := COMPANY_SUBJECT.search(scope)) is not None
                and _REGION_CLAUSE_AFTER.search(scope, firm.end()) is None) \
            or (not scope.startswith(_WHOLE_REGION)
                and (_one_place(_after_list(scope)) or _PLANT_NAMED.match(scope) is not None)
                and not c.industrial_park   # (全县光伏地面电站装机: the county's stations)
                and not (normalized == "count" and _PLACE_END.search(owner) is not None   # 创建A级旅游景区7个:
                         and first in _CLAUSE_ENDS)):   # the places counted (not 双湾镇九个井村: a name)
        return "one project's or enterprise's own figure"   # (抽水蓄能电站、风光储一体化等新能源项目: a kind)
    if (kind in _CHANGE_KINDS and _compares_other(owner)) or (
            # 高出全省平均水平(7.5%)4.3个百分点, 比全国平均水平(1.6%)高0.4个百分点, 比全省平均水平(38000元)低6000元: the
            # comparison the aside interrupts
            owner in _GAP_WORDS and (kind in _CHANGE_KINDS or owner)
            and _ASIDE_END.search(before, 0, len(before) - len(owner)) is not None
            and OTHER_COMPARISON.search(_ASIDE_END.sub("", before[:len(before) - len(owner)]) + owner) is not None) \
            or (("平均" in owner or "全" in owner[-8:]) and AVERAGE_GAP.search(owner) is not None) \
            or (kind == "point" and "于" in tail and _GAP_TO_OTHER.search(_last_clause(before)) is not None) \
            or ("目标" in tail or "超" in tail or "短收" in tail) and OVER_TARGET.search(tail) is not None:
        # (高于全市平均水平12645元, 短收7431万元: gaps to an average, a target or a budget)
        return "a comparison with something other than an earlier period"
    if "计划" in before and "包括" in before and _PLANNED_AMONG.search(before) is not None:
        return "a target or plan"   # 全市计划播种春播农作物中，包括粮食作物118.59万亩、蔬菜96.94万亩: the plan's parts
    if normalized == "yuan" and ("下达" in before[-40:] or "核定" in before[-40:]) \
            and (quota := _LOAN_QUOTA.search(clause := _last_clause(before))) is not None \
            and "发放" not in clause[:quota.start()]:
        return "a target or plan"   # 省上分两批下达我市精准扶贫专项贷款8.35亿元: a quota of loans to make, a task
    if normalized == "yuan" and "任务" in before[-_TASK_REACH:] and _TASK_COST.search(before[-_TASK_REACH:]):
        return "a target or plan"   # 下达积石山县高标准农田建设任务6万亩，总投资8800万元: the task's
    if normalized in ("person", "person-time") and "可" in tail and _CAPACITY_OF_PEOPLE.search(tail) is not None:
        return "a capacity, not a count"   # 全县现有床位2600张，可同时接待游客5000人
    if "相当于" in tail and kind != "percent" and _EQUIVALENT.search(tail) is not None:
        return "an equivalent, not a figure of its own"   # 从产量的角度测算，相当于增加了近100万亩农田
    if kind == "percent" and ("节" in tail[-6:] or "省" in tail[-6:] or "减" in tail[-6:]) \
            and _SAVING.search(tail) is not None:
        return "a technique's saving"   # 戈壁温室…较大田节水40%以上，节肥30%以上: what a method saves
    if normalized in _COUNT_UNITS and _SCENE_AFTER.match(after) is not None \
            and _BUILT_OR_HELD.search(_last_clause(before)) is None:
        return "a scene or a remark, not a count"   # 200余座大棚排列整齐, 这次认定的85个示范性家庭农场经营规范 (not
        # 全县新建50座气调冷库运行良好: what the county built, the remark no part of its name)
    if normalized in _COUNT_UNITS and _ATTENDING_AFTER.match(after) is not None:
        return "people at one event"   # 有超过2500家单位和企业参会 (as 参展企业1017家)
    if normalized in _COUNT_UNITS and (not NUMBER_FIRST_OK.match(after) or (first.isdigit() and "签约" in tail)) \
            and not economic_count(c):   # (签约产业项目45个80.6亿元 at a fair: what the fair signed)
        return "a count written before its noun"
    if _ADMINISTRATIVE_IN_OWNER.search(owner) is None:   # (one search rules out the three: most figures)
        return None
    if _ACTIVITY_IN_OWNER.search(owner) is not None and (not owner.endswith("项目")   # (节会及招商活动签约合同
                                                         or (_PROJECTS_MET.search(owner) is not None
                                                             and _AID.search(owner) is None)):
        return "an activity count"   # 项目56个: projects signed at them; but 对接洽谈项目46个: met, no result)
    people = _PEOPLE_IN_OWNER.search(owner) is not None
    if (people or (normalized in _COUNT_UNITS and _PAPERWORK_IN_OWNER.search(owner) is not None)) \
            and not _PROJECTS_OWNED.search(owner):   # 列入市级领导“三个一”包抓重大项目7项: projects
        return "people in an administrative activity" if people else "a count of paperwork or tasks"
    return None


def giver_helps(sentence: str) -> bool:
    """Whether a sentence ends as a giver of pairing aid's (…，东丽区…为结对三县量身定制帮扶方案。): a sentence after it
    that goes on with what it did (GIVER_GOES_ON_SENTENCE) is the giver's too, up to a subject of Gansu's."""
    if _GIVER_WORD.search(sentence) is None or (giver := _last_match(_GIVER_SUBJECT, sentence)) is None:
        return False
    return before_not_own(sentence, giver.end()) and (
        _HELPS.match(sentence, giver.end()) is not None or _PAIRING_WORDS.search(sentence, giver.end()) is not None)


def before_not_own(text: str, at: int) -> bool:
    """Whether the giver named just before `at` stays the subject to the text's end: it is not joined by 和/与/及 to
    another subject (东丽区和古浪县共同…), no semicolon follows, and no clause after `at` opens with a subject of
    Gansu's (全县, 2023年全县, 县上, a region's name …)."""
    return _OWN_SUBJECT_AFTER.search(text, at) is None and ";" not in text[at:] and "；" not in text[at:] \
        and text[at:at + 1] not in ("和", "与", "及")


# a sentence going on with what the giver of the sentence before did (…。五年来，累计动员社会力量捐款捐物超7000万元，
# 足额拨付财政援助资金6.59亿元; …。其中，市级援助资金5.395亿元)
GIVER_GOES_ON_SENTENCE = re.compile(r"\s*(?:其中[，,：:]?|(?:[^，,。；;]{0,8}(?:以来|期间|年来)[，,])?"
                                    r"(?:累计|共|先后|已|还)*(?:动员|拨付|投入|实施|援建|选派|引导|帮助|支持|落实|安排|捐))")


def _gives(before: str, at: int) -> bool:
    """Whether the giver named at `at` gives in the figure's clause: it helps in its own clause (a verb of helping, or
    the pairing's money or work there) and the figure is in it or in a clause going on with what it did or speaking of
    the pairing; or the figure's own clause gives the pairing's money or work."""
    last = _last_clause(before)
    if _GIVING.search(last) and _PAIRING_WORDS.search(last):
        return True
    mark = _CLAUSE_MARK.search(before, at)
    own = before[at:mark.start()] if mark else before[at:]
    help_said = _HELPS.match(before, at)
    helps = help_said is not None or _PAIRING_WORDS.search(own) is not None or _GIVING.search(own) is not None \
        or (_GIVING.search(before, at) is not None and _PAIRING_WORDS.search(before, at) is not None)
    return helps and (mark is None or (help_said is not None and _CLAUSE_MARK.search(before, help_said.end()) is None)
                      or _PAIRING_WORDS.search(last) is not None or _GIVER_GOES_ON.match(last) is not None)


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text`, or None."""
    last = None
    for match in pattern.finditer(text):
        last = match
    return last


def _last_clause(before: str) -> str:
    """The clause the figure is in, up to the figure."""
    m = _UP_TO_LAST_CLAUSE_END.match(before)
    return before[m.end():] if m else before


_UP_TO_LAST_CLAUSE_END = re.compile(r".*[，,；;。]", re.DOTALL)



# a co-operative's, company's or villager's own words (…合作社负责人李生坤说，每亩投入资金约1000元): theirs
_ONE_SPEAKER = re.compile(r"(?:(?:合作社|公司|企业|厂|基地|农场|产业园)(?:负责人|理事长|董事长|总经理|经理|社长|场长)"
                          r"|(?<![局委办府院站所心])(?:理事长|董事长|总经理|社长)"   # (总经理李生云表示: a firm's)
                          r"|村民|农户|种植户|养殖户|农民)[\u4e00-\u9fff]{0,4}(?:说|介绍|表示)")
_DONE_SO_FAR = re.compile(r"目前|已|累计|完成|截至|截止|至今|实现")
_NOT_FEW = ("的不在少数", "的不少", "的大有人在")
# a plan opening its sentence, or its first figure after clauses that state nothing (着眼农民收入持续快速增长，
# 计划落实…2.86万亩，…，肉羊饲养量达到200万只)
_YEAR_PLAN = re.compile(r"(?:\d{4}年|今年|明年)(?:[全该][县市区州]|[\u4e00-\u9fff]{1,6}?(?<![全该])[县市区州])?计划"
                        r"|(?:[^，,。；;：:0-9０-９]{2,40}[，,]){1,3}(?<!其中，)(?<!其中,)计划(?:当年|今年|全年|(?!完成|实施|总?投资))")
# (…。其中，计划新开工项目119个，续建项目148个: a list's kinds, no plan)
_APPRAISAL = re.compile(r"评定|评选|表彰|命名")
_EVERY_ONE = re.compile(r"(?:所有|每个|各个|各地|(?:[0-9]+|[一二三四五六七八九十两]+)多?个[\u4e00-\u9fff]{1,4})"
                        r"[\u4e00-\u9fff]{0,16}(?<![村户人亩年平日场头])均"   # (33个项目投资均已完成全年计划的50%以上,
                        # 各地…均在20%以上; not 135个行政村村均年增加集体收入8.6万元: an average)
                        # 20多个县区常年种植面积在5万亩以上
                        r"|(?:[0-9]+|[一二三四五六七八九十两]+)多?个[\u4e00-\u9fff]{1,16}在$")
_ONE_DAY = re.compile(r"单日|日最大|日均最大|最高日")
# one day of a holiday named by its date, and the visits that day (not 当天集中开工…: a ceremony's batch)
_DAY_ITSELF = re.compile(r"(?:\d{1,2}日当天|(?:假期|黄金周|小长假|长假)(?:首日|第[一二三四五六七八1-8][天日])"
                         # (据…消息，3月27日，天水接待游客16.41万人次: that day's, opening its clause)
                         r"|(?:^|(?<=[，,。；;：:]))(?<!至)\d{1,2}月\d{1,2}日[，,]"
                         r"(?=(?:全[县市区州省]|[\u4e00-\u9fff]{1,5}?[县市区州]|[\u4e00-\u9fff]{2})?共?接待)"
                         r"(?![^。；;]*(?:以来|累计|期间|假期|黄金周))"
                         # (据统计，今天全市共接待游客17.81万人次; not 记者今天从…了解到, 截至今天)
                         r"|(?<![至止到])(?:今天|今日)[，,]?(?=(?:全[县市区州省]|[\u4e00-\u9fff]{2,5}[县市区州])?共?接待)"
                         r"(?![^。；;]*(?:以来|累计)))"   # (…，假期以来累计接待游客15.6万人次: the holiday's)
                         r"[，,]?"
                         r"(?=[^。；;]*$)")
_VISITS = re.compile(r"游客|游人|接待|旅游")
_PLACE_CHAR = re.compile("[园站景镇乡场村城址馆居窟]")   # (a C scan: a set's isdisjoint hashes each character)
_CLAUSE_ENDS = frozenset("，,。；;、")
# the places counted, maybe after a verb of reaching (A级旅游景区增加到36家)
_PLACE_END = re.compile(r"(?:景区|景点|园区|[园站镇乡场村城])(?:增加到|增至|发展到|达到|达)?$")
_PLACE_NAME_ENDS = frozenset("镇乡村")
_WHOLE_REGION = ("全县", "全市", "全区", "全州")
_MULTIPLIER_CHARS = "万亿千百"
# what a bare magnitude names when it is no level (百万亩优质苹果基地改造提升行动; not 百万亩梯田)
_PROGRAMME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:基地|产业|工程|行动|计划|战略|强[县市区省]|厂)"
                              r"|(?:企业|园区|项目)")   # (千万元企业, 亿元项目: a band in a name)
# what may follow a bare magnitude that is a level (突破百万亩以上, 达到百万只左右, 跨越百亿元大关)
_LEVEL_GOES_ON = ("以上", "左右", "大关", "关口", "台阶", "的", "多", "余", "元", "人次", "人")
# what the patterns that end at the figure can end with: a quick test before the search
_DOCUMENT_ENDS = "〕])）-—/"
_BAND_ENDS = "至到-—~～"
_SLOGAN_FIRST = "强+＋一二三四五六七八九十"   # what SLOGAN_AFTER starts with


def _one_place(head: str) -> bool:
    """ONE_PLACE_SUBJECT in `head`; every match holds one of 园站景镇乡, which is quick to rule out."""
    # (a match has one within its first four characters: none starts more than three before the first)
    if (place := _PLACE_CHAR.search(head)) is None \
            or (m := ONE_PLACE_SUBJECT.search(head, max(0, place.start() - 3))) is None:
        return False
    # (建成12个移民新村, 各A级景区共接待游客: places counted or all of them, not one)
    while _COUNTED_BEFORE.search(head, max(0, m.start() - 10), m.start()) is not None \
            or _COUNTED_AFTER.match(head, m.end()) is not None:   # (在建中小水电站153座，总装机…: those counted)
        if (m := ONE_PLACE_SUBJECT.search(head, m.end())) is None:
            return False
    return True


# the places themselves counted, the count ending their clause (水电站153座，…; not 核桃峪村265个农户: its households)
_COUNTED_AFTER = re.compile(r"(?:共|达到?|有|为)?[0-9０-９]+(?:\.[0-9]+)?(?:余|多)?(?:个|座|处|家)"
                            r"(?=[，,。；;、（(：:和及与/]|$)")
_COUNTED_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十两]+(?:个|座)[\u4e00-\u9fff]{0,6}$"   # (7个苹果种植专业乡)
                             r"|(?:各|所有|全部)[\u4e00-\u9fffA-Za-z0-9]{0,4}$"   # 各A级景区: every one of them
                             r"|等[\u4e00-\u9fff]{0,2}$"   # …、文庙、县博物馆等生态公园: the kind of those listed
                             r"|[0-9０-９]?A+级[\u4e00-\u9fff]{0,4}$")   # 4A级旅游景区达到19家: a grade of them
# a clause that only names one plant, however long its name (中广核甘肃民勤红沙岗百万千瓦级风电基地第一风电场，
# 总装机容量40万千瓦，…): the plant's figures follow
_PLANT_NAMED = re.compile(r"(?![全各])[^，,。；;、0-9０-９等建在有]{2,30}?(?:风电场|电站|电厂)[，,]")


def _after_list(scope: str) -> str:
    """Where a scope's subject is looked for: after the places it lists, keeping the 等 that ends them
    (…、县博物馆等生态公园: the kind of the places listed, which _COUNTED_BEFORE knows is not one)."""
    listed = scope.rfind("等")
    return scope[:HEAD_CHARS] if listed < 0 else scope[listed:listed + 1 + HEAD_CHARS]


# the size of one facility built, before its name and 一座 (2.5万吨制冰车间一座, 5000吨冷库一座)
_ONE_FACILITY_AFTER = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:车间|生产线|冷库|保鲜库|库|厂|站|中心|基地)"
                                 r"一(?:座|条|个|处|家)")
# a site said to lie somewhere (…冷链物流基地座落于榆中县连搭乡，…年交易额达8亿元; 定西马铃薯批发市场位于安定区): one
# site's figures — not all of a county's (全县马铃薯种植基地位于…)
_SITE_LYING = r"(?:基地|中心|市场|物流园|产业园|工厂|厂)(?:座落|坐落|位于|地处)"
_SITE_LIES = re.compile(_SITE_LYING)
_ALL_SITES_LIE = re.compile(rf"(?:[全我][县市区州省]|各|所有|全部)[^，,。；;]{{0,12}}{_SITE_LYING}")
_VENUE = re.compile(r"在[^，,。；;]{2,16}?(?:举行|召开|举办)")


def economic_count(c: Context) -> bool:
    """A count written number-first that is an indicator: 新培育47家农民专业合作社 (not 29名县级领导)."""
    noun = _economic_noun(c.after) or _WORK_AFTER.match(c.after)
    return noun is not None and BENEFICIARY_BEFORE.search(c.tail) is None \
        and (noun[0] == "项目" or ("对" not in c.tail and "把" not in c.tail)
             or TREATED_BEFORE.search(c.tail) is None) \
        and not (("对" in c.tail or "向" in c.tail) and _LENT_TO_BEFORE.search(c.tail) is not None
                 and _LOAN_AFTER.match(c.after) is not None) \
        and _PEOPLE_AFTER.match(c.after) is None \
        and not c.after[noun.end():noun.end() + 1].isdigit() \
        and not c.after.startswith("之一", noun.end()) \
        and _UNITS_COUNTED_AFTER.match(c.after) is None \
        and (c.figure.text[:1].isdigit() or c.before[-1:] not in _COUNT_WORDS)   # (1个百万只鸡苗孵化场: a name)


_COUNT_WORDS = frozenset("个家座处户")
# regions, towns, fields or agencies counted (其他6个县区的一批项目, 白杨5个乡镇农民…发展生态茶园, 7个领域共136个项目):
# where the noun after them is, not how many of it
_UNITS_COUNTED_AFTER = re.compile(r"(?:县区|县市区|县（市、区）|县\(市、区\)|乡镇|市州|领域|行业|单位|部门)"
                                  r"(?=的|农民|群众|共|为|[，,、。；;]|$)")   # (not 1157个乡镇电商服务站: stations)
_NEVER = {"time": "a date or time", "activity": "an activity count", "other": "not an economic unit"}


def unit_reason(figure: Figure) -> str | None:
    """The first rules, answered from the unit alone (most numbers in a text are dates): why a
    figure can never be an indicator, or None. A multiple (倍) may still be a change."""
    if figure.unit_info.kind not in _NEVER or figure.unit == "倍":
        return None
    return "an age" if figure.unit in ("岁", "周岁") else _NEVER[figure.unit_info.kind]


def reject_change(*, has_basis: bool, has_period: bool) -> str | None:
    """Why a growth or fall stated on its own (not as the change of a figure before it) is not an
    indicator: with neither a basis (同比, 比上年) nor a period in its sentence, it compares with
    nothing in time (设备让每亩用水量减少三成)."""
    if not has_basis and not has_period:
        return "a change with no period to compare with"
    return None
