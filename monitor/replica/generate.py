"""A synthetic replica of the site, N articles strong, for benchmarks (see docs/replica.md).

Article URLs, the 甘肃播报 listing with its ``maxpage`` script and count pages, and the four
layouts, padded with site chrome (nav bars, hot lists, inline styles and scripts) to realistic
sizes. Pages keep the real hosts' absolute links (monitor/replica/server.py rewrites them); one
listing link in eight is relative, as on the real site. gansu.gansudaily.com.cn lists all its
articles on one index page (the docs give it no paging). One seed always yields the same bytes.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

__all__ = ["generate_site"]

GSCN = "gansu.gscn.com.cn"
DAILY = "gansu.gansudaily.com.cn"
INDEX = "/gsbb/index.shtml"
COUNT_JS = "/system/count/0018005/000000000000/count_page_list_0018005000000000000.js"
COUNT_PAGE = "/system/count//0018005/000000000000/000/000/c0018005000000000000_{:09d}.shtml"
NEWEST_DAY = dt.date(2023, 11, 30)
NEWEST_ID = 13_100_000
BODY_BYTES = (3_100, 5_500)  # UTF-8 size of an article's text; the last sentence may overshoot
RELATIVE_LINKS = 0.125  # share of listing links written relative

# Word lists and templates, one [section] each, entries one a line or split by " | ". A [papers]
# entry is a city paper and its counties; a [numbers] entry a field, its range and decimals.
# Template fields: {c} the article's county, {name} a person, else a [numbers] or word-list name.
# 犇 and 镕 (in [companies]) are GBK but not GB2312: gb2312-labelled pages carry such characters.
_BANK = """
[papers]
张掖日报 甘州 临泽 高台 山丹 民乐 肃南 | 武威日报 凉州 民勤 古浪 天祝
酒泉日报 肃州 金塔 瓜州 玉门 敦煌 | 金昌日报 永昌 金川 | 白银日报 会宁 靖远 景泰 平川
天水日报 秦州 麦积 秦安 甘谷 武山 清水 张家川 | 兰州日报 榆中 皋兰 永登 红古
平凉日报 崆峒 泾川 灵台 崇信 华亭 庄浪 静宁 | 陇东报 西峰 庆城 环县 华池 合水 正宁 宁县 镇原
定西日报 安定 通渭 陇西 渭源 临洮 漳县 岷县 | 民族日报 临夏 康乐 永靖 广河 和政 东乡 积石山
陇南日报 武都 成县 文县 宕昌 康县 西和 礼县 徽县 两当 | 甘南日报 合作 临潭 卓尼 舟曲 迭部 玛曲
[provincial]
甘肃日报 新甘肃客户端 中国甘肃网 甘肃经济日报
[surnames]
王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程魏苏
[given]
伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉健波宁斌燕婷雪琳晨阳瑞博文海峰
[crop]
玉米制种 高原夏菜 苹果 马铃薯 中药材 花椒 核桃 枸杞 食用菌 蔬菜 油橄榄 当归 黄芪 甜瓜
[ind]
肉牛 肉羊 草畜 光伏 风电 新型储能 文旅 玉米制种 高原夏菜 苹果 中药材 马铃薯 冷链物流
[town]
城关镇 新华镇 沙河镇 红山乡 清泉镇 大河乡 明水乡 河西镇 南湖乡 平川镇 板桥镇 东关镇
[co]
甘肃犇旺牧业有限公司 甘肃镕泰新材料有限公司 甘肃祁连农业科技有限公司
甘肃陇原新能源有限公司 甘肃丝路果品有限公司 甘肃河西种业有限公司
[numbers]
y 1.2 98 2 | p 2 36 1 | q 60 99.9 1 | mu 0.6 58 1 | w 120 9800 0 | n 3 96 0 | k 120 4800 0
mo 3 11 0 | inc 9800 41000 0
[channels]
szyw:时政要闻 gsbb:甘肃播报 bwyc:本网原创 jjxw:经济 shxw:社会 whxw:文化 jyxw:教育 lyxw:旅游
fzxw:法治 msxw:民生 kjxw:科技 szxw:市州 ztbd:专题 spxw:视频 tjxw:图解 xcxw:乡村振兴
[sites]
人民网:www.people.com.cn 新华网:www.xinhuanet.com 央视网:www.cctv.com 光明网:www.gmw.cn
中国经济网:www.ce.cn 中国甘肃网:www.gscn.com.cn 甘肃省人民政府:www.gansu.gov.cn
[heads]
做强{ind}产业 拓宽增收渠道 | 抓项目促投资 厚植发展后劲 | 优化营商环境 激发市场活力
深化改革创新 释放发展动能 | 推进乡村振兴 共享发展成果 | 壮大新能源 打造新的增长极
[titles]
{c}：县域经济跑出“加速度” | {c}：{ind}产业链条越拉越长 | {c}：项目建设按下“快进键”
{c}前三季度地区生产总值同比增长{p}% | {c}招商引资签约项目{n}个 总投资{y}亿元
{c}{crop}种植面积达{mu}万亩 | {c}：“{ind}+”激活县域发展新动能 | {c}民营经济增加值增长{p}%
{c}1至{mo}月完成固定资产投资{y}亿元 | {c}：县域经济攀高向强 重点项目加快推进
{c}：特色产业托起群众“致富梦” | {c}：{ind}“小产业”做成“大文章”
{c}1至{mo}月社会消费品零售总额{y}亿元 | {c}新能源装机规模突破{n}万千瓦
[sentences]
1至{mo}月，{c}完成固定资产投资{y}亿元，同比增长{p}%，增速高于全市平均水平。
今年以来，{c}把{crop}作为富民增收的主导产业，种植面积稳定在{mu}万亩，带动农户{k}户。
{c}今年实施重点项目{n}个，总投资{y}亿元，与{other}等地企业签约合作项目{n2}个。
{c}累计为{k}户企业减税降费{w}万元，新增留抵退税{w2}万元，投放信贷资金{y}亿元。
在{c}{town}的{crop}基地里，村民们正忙着采收、分拣、装箱，一派繁忙景象。
“过去一亩地挣不了几个钱，现在种{crop}，一年能多收入好几万元。”{town}村民{name}说。
据了解，{co}项目全部建成后年产值可达{y}亿元，可提供就业岗位{k}个。
截至目前，{c}已建成高标准农田{mu}万亩，农业综合机械化率达到{q}%。
{c}城乡居民人均可支配收入分别达到{inc}元和{inc2}元，同比分别增长{p}%和{p2}%。
前三季度，{c}接待游客{n}万人次，实现旅游综合收入{y}亿元，同比增长{p}%。
{c}持续优化营商环境，{q}%的政务服务事项实现全程网办，企业开办一日办结。
{c}发展{crop}精深加工，培育省级以上农业产业化龙头企业{n}家，加工转化率达{q}%。
{co}落户{c}以来，已累计完成投资{y}亿元，带动周边{k}名群众就近务工。
{c}已建成风光电装机{n}万千瓦，在建新能源项目{n2}个，预计年发电量{y}亿千瓦时。
下一步，{c}将在抓项目、强产业、优环境上持续用力，推动县域经济高质量发展。
“三抓三促”行动开展以来，{c}聚焦强县域行动，推动县域经济综合实力进位赶超。
全县村集体经济收入全部达到{n}万元以上，其中百万元以上村达到{n2}个。
通过“龙头企业+合作社+农户”模式，{c}带动{k}户群众稳定增收，户均增收{w}元。
{c}新建日光温室{k}座、钢架大棚{k2}座，设施农业面积达到{mu}万亩。
全县外贸进出口总额{w}万元，同比增长{p}%，{crop}产品远销中亚、东南亚等地。
[captions]
图为{c}{town}{crop}种植基地。 | 图为{co}生产车间。 | 图为{town}村民管护{crop}。 | 图为项目现场。
"""
_COPYRIGHT = (
    "<p>版权声明</p>\n<p>为保护原创作品权益，甘肃日报及报业集团所属各媒体平台已将其享有版权的"
    "作品统一授权甘肃媒体版权保护中心进行维权和对外许可。凡上述媒体采写、拍摄、制作的文字、图片、"
    "音视频及新媒体作品，未经甘肃媒体版权保护中心书面许可，任何单位和个人不得转载、摘编或以其他"
    "方式使用。</p>\n<p>转载授权请联系：0931-8150000。</p>\n<p>甘肃媒体版权保护中心</p>"
)
_FOOT = """<div class="footer"><p><a href="http://www.gscn.com.cn/about/">关于我们</a> |
<a href="http://www.gscn.com.cn/ad/">广告服务</a> 甘肃新媒体集团主办 陇ICP备05000000号</p></div>
<script>(function() { var s = document.createElement("script"); s.async = true;
s.src = "http://tongji.gscn.com.cn/stat.js"; document.body.appendChild(s); })();</script>\n"""
_SCRIPT = """<script type="text/javascript">\nvar adSlots{i} = [\n{slots}];
(function() {{ for (var k = 0; k < adSlots{i}.length; k++) {{ var s = document.createElement(
  "script"); s.src = adSlots{i}[k].src; s.async = true; document.body.appendChild(s); }} }})();
</script>\n"""
_TOP = """<div class="topbar"><a href="http://www.gscn.com.cn/">中国甘肃网</a> |
<a href="http://www.gansudaily.com.cn/">每日甘肃网</a></div>
<div class="nav"><a class="logo" href="http://{0}/"><img src="http://{0}/images/logo.png"
 alt="logo"></a><ul><li><a href="http://{0}/">首页</a></li>{1}</ul></div>\n"""
_NAV = '<li><a href="http://{}/{}/index.shtml">{}</a></li>'
_CSS_RULE = ".{1}-{0}-{2}{{margin:{3}px 0;font-size:{4}px;line-height:{5}px;color:#{6:03x}}}\n"
_LI = '    <li><a href="{}" target="_blank">{}</a><span>{:%Y/%m/%d}</span></li>\n'
_GB2312 = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
_Template = tuple[str, tuple[str, ...]]  # a template and the names of the fields it uses
_AD_SLOT = '  {{id:"ad_{}_{}",w:{},h:{},src:"http://ad.gscn.com.cn/js/{:06d}.js"}},\n'


def _section(name: str) -> list[str]:
    """The entries of one [section] of _BANK."""
    text = _BANK.split(f"\n[{name}]\n", 1)[1].split("\n[", 1)[0]
    return [entry for line in text.splitlines() for entry in line.split(" | ") if entry]


def _compile(name: str) -> list[_Template]:
    """The templates of a [section], each with the names of the fields it uses."""
    return [(t, tuple(dict.fromkeys(re.findall(r"{(\w+)}", t)))) for t in _section(name)]


_COUNTIES = [(c, e.split()[0]) for e in _section("papers") for c in e.split()[1:]]
_WORDS = {k: " ".join(_section(k)).split() for k in ("provincial", "crop", "ind", "town", "co")}
_WORDS["other"] = [c for c, _ in _COUNTIES]
_NUMBERS = {k: (float(a), float(b), int(d)) for k, a, b, d in map(str.split, _section("numbers"))}
_SURNAMES, _GIVEN = "".join(_section("surnames")), "".join(_section("given"))
_CHANNELS = [tuple(w.split(":")) for w in " ".join(_section("channels")).split()]
_SITES = [tuple(w.split(":")) for w in " ".join(_section("sites")).split()]
_HEADS, _SENTS, _CAPTIONS, _TITLES = map(_compile, ("heads", "sentences", "captions", "titles"))


@dataclass(frozen=True, slots=True)
class _Meta:
    """What listings and links need of an article; its text is made when it is rendered."""

    id: int
    host: str
    layout: str
    when: dt.datetime
    county: str
    paper: str
    title: str
    path: str  # /system/YYYY/MM/DD/0NNNNNNNN.shtml


def _ps(paras: list[str], indent: str = "") -> str:
    return "\n".join(f"<p>{p}</p>" if p[0] == "<" else f"<p>{indent}{p}</p>" for p in paras)


def _box(cls: str, title: str, links: list[tuple[str, str]]) -> str:
    lis = "".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t in links)
    return f'<div class="{cls}"><h3>{title}</h3><ul>{lis}</ul></div>\n'


class _Replica:
    """One run: the seeded generator (all draws, in a fixed order), the articles newest first,
    and per host a pool of chrome blocks: (goes in <head>?, UTF-8 bytes, GBK bytes)."""

    def __init__(self, n: int, seed: int, page_kib: tuple[int, int]) -> None:
        self.r, self.lo, self.hi = random.Random(seed), page_kib[0] * 1024, page_kib[1] * 1024
        self.metas = self.plan(n)
        self.by_host = {h: [m for m in self.metas if m.host == h] for h in (GSCN, DAILY)}
        navs = {h: "".join(_NAV.format(h, c, n) for c, n in _CHANNELS) for h in (GSCN, DAILY)}
        self.top = {h: _TOP.format(h, nav) for h, nav in navs.items()}
        texts = {h: [self.chunk_text(h, i) for i in range(64)] for h in (GSCN, DAILY)}
        self.pool = {
            h: [(i % 3 < 2, t.encode(), t.encode("gbk")) for i, t in enumerate(ts)]
            for h, ts in texts.items()
        }
        # Padding stops at most one chunk short of its target, so targets keep that much margin.
        self.slack = max(len(c[1]) for chunks in self.pool.values() for c in chunks)

    def person(self) -> str:
        return self.r.choice(_SURNAMES) + "".join(self.r.choices(_GIVEN, k=self.r.randint(1, 2)))

    def field(self, name: str, county: str) -> str:
        r, name = self.r, name.rstrip("0123456789")  # {p2} is another {p}
        if name in _NUMBERS:
            lo, hi, digits = _NUMBERS[name]
            return f"{r.uniform(lo, hi):.{digits}f}" if digits else str(r.randint(int(lo), int(hi)))
        return self.person() if name == "name" else r.choice(_WORDS.get(name, [county]))

    def fill(self, templates: list[_Template], county: str) -> str:
        text, names = self.r.choice(templates)
        return text.format_map({k: self.field(k, county) for k in names})

    def plan(self, n: int) -> list[_Meta]:
        """Articles newest first: a few a day back from NEWEST_DAY, ids falling with time."""
        r, day, ident = self.r, NEWEST_DAY, NEWEST_ID
        metas: list[_Meta] = []
        step = max(1, min(60, (NEWEST_ID - 1) // max(n, 1)))
        while len(metas) < n:
            k = min(r.randint(2, 6), n - len(metas))
            for minute in sorted(r.sample(range(7 * 60, 22 * 60), k), reverse=True):
                x, host = r.random(), DAILY if r.random() < 0.1 else GSCN
                layout = "gscn_current" if x < 0.7 else "gscn_legacy" if x < 0.9 else "gscn_picture"
                layout = "gansudaily" if host == DAILY else layout
                county, paper = r.choice(_COUNTIES)
                title = self.fill(_TITLES, county)
                when = dt.datetime(day.year, day.month, day.day, minute // 60, minute % 60)
                path = f"/system/{when:%Y/%m/%d}/{ident:09d}.shtml"
                metas.append(_Meta(ident, host, layout, when, county, paper, title, path))
                ident -= r.randint(1, step)
            day -= dt.timedelta(days=1)
        return metas

    def body(self, county: str, caption: bool = False) -> list[str]:
        """Paragraphs (sub-heads already in <strong>) whose text totals about BODY_BYTES."""
        r, size, target = self.r, 0, self.r.randint(*BODY_BYTES)
        paras: list[str] = []
        deck = r.sample(_SENTS, len(_SENTS)) * 4  # every template once before any repeats
        while size < target:
            if not caption and len(paras) > 1 and r.random() < 0.12:
                paras.append(f"<strong>{self.fill(_HEADS, county)}</strong>")
                size += len(paras[-1].encode()) - len("<strong></strong>")
                continue
            sents = [self.fill(_CAPTIONS, county)] if caption else []
            for _ in range(r.randint(1, 2) if caption else r.randint(2, 5)):
                sents.append(self.fill([deck.pop()], county))
                if size + len("".join(sents).encode()) >= target:
                    break
            paras.append("".join(sents))
            size += len(paras[-1].encode())
        return paras

    def origin(self, m: _Meta, link: bool = True) -> str:
        name = m.paper if self.r.random() < 0.6 else self.r.choice(_WORDS["provincial"])
        return f'<a href="http://www.gansudaily.com.cn/">{name}</a>' if link else name

    def links(self, metas: list[_Meta], k: int) -> list[tuple[str, str]]:
        picked = self.r.sample(metas, min(k, len(metas)))
        return [(f"http://{m.host}{m.path}", m.title) for m in picked]

    def chunk_text(self, host: str, i: int) -> str:
        """One block of chrome: a style or a script (both go in the head), or a box of links."""
        r, rand = self.r, self.r.randint
        if i % 3 == 0:
            rules = [
                (r.choice(_CHANNELS)[0], j, rand(0, 20), rand(12, 18)) for j in range(rand(12, 30))
            ]
            css = "".join(_CSS_RULE.format(i, *rule, rand(18, 32), rand(0, 4095)) for rule in rules)
            return f'<style type="text/css">\n{css}</style>\n'
        if i % 3 == 1:
            slots = "".join(
                _AD_SLOT.format(i, j, rand(2, 12) * 100, rand(1, 5) * 50, rand(0, 10**6))
                for j in range(rand(8, 20))
            )
            return _SCRIPT.format(i=i, slots=slots)
        links = [(f"http://{host}/{c}/index.shtml", n) for c, n in r.sample(_CHANNELS, 8)]
        links += [(f"http://{u}/", n) for n, u in r.sample(_SITES, 5)]
        for _ in range(rand(3, 8)):
            title = self.fill(_TITLES, r.choice(_COUNTIES)[0])
            links.append((f"http://{host}/tjxw/{rand(0, 10**8):08d}.shtml", title))
        return _box("subnav", r.choice(("栏目导航", "图片新闻", "友情链接")), links)

    def assemble(self, host: str, title: str, main: str, gbk: bool = False) -> bytes:
        """Wrap a page's own parts in chrome until its UTF-8 size lands inside page_kib."""
        r, pool = self.r, self.pool[host]
        head = _GB2312 if gbk else '<meta charset="utf-8">'
        hot = _box("hot", "热点新闻", self.links(self.by_host[host][:60], 10))
        parts = (
            f"<!DOCTYPE html>\n<html>\n<head>\n{head}\n<title>{title}</title>\n",
            f'</head>\n<body>\n{self.top[host]}<div class="wrap">\n<div class="main">\n{main}\n'
            f'</div>\n<div class="side">\n{hot}',
            f"</div>\n</div>\n{_FOOT}</body>\n</html>\n",
        )
        need = r.randint(min(self.lo + self.slack, self.hi), self.hi)
        need -= sum(len(p.encode()) for p in parts)
        pads: dict[bool, list[bytes]] = {True: [], False: []}  # in <head>, in the side column
        i = r.randrange(len(pool))
        while len(pool[i % len(pool)][1]) <= need:
            in_head, utf8, gbk_bytes = pool[i % len(pool)]
            pads[in_head].append(gbk_bytes if gbk else utf8)
            need, i = need - len(utf8), i + 1
        start, middle, end = (p.encode("gbk" if gbk else "utf-8") for p in parts)
        return b"".join((start, *pads[True], middle, *pads[False], end))

    def gscn_current(self, m: _Meta) -> bytes:
        """Layout A: breadcrumb, info line, maybe a reprint lead, body, copyright, footer."""
        r, author, editor = self.r, self.person(), self.person()
        source = f"来源{'：' if r.random() < 0.8 else ':'}{self.origin(m, link=False)}"
        style = r.random()
        info = f"<span>{source} {author}</span>" if style < 0.3 else f"<span>{source}</span>"
        info += f"\n  <span>{author}</span>" if style > 0.6 else ""
        lead = f"<p>{m.title}</p>\n<p>　　{author}</p>\n" if r.random() < 0.5 else ""
        channel = r.choices(("经济", "县域经济", "三农"), (7, 2, 1))[0]
        main = f"""<div class="crumbs">您当前的位置 :
<a href="http://www.gscn.com.cn/">每日甘肃网</a> &gt; <a href="http://{GSCN}/">甘肃</a> &gt;
<a href="http://{GSCN}{INDEX}">甘肃播报</a> &gt;
<a href="http://{GSCN}/jjxw/index.shtml">{channel}</a></div>
<div class="a-title"><h1>{m.title}</h1></div>
<div class="info">
  <span class="m-frt">{m.when:%Y/%m/%d/ %H:%M}</span>
  {info}
</div>
<div class="a-container">
{lead}{_ps(self.body(m.county))}
{_COPYRIGHT}
</div>
<div class="a-footer"><span>作者：{author}</span> <span>编辑：{editor}</span></div>
<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div>
{_box("related", "相关新闻", self.links(self.by_host[GSCN], 5))}"""
        return self.assemble(GSCN, f"{m.title}_甘肃播报_中国甘肃网", main)

    def gscn_legacy(self, m: _Meta) -> bytes:
        """Layout B: baidu-tagged spans and #content, GBK bytes under a gb2312 label."""
        tags = [f'<span id="pubtime_baidu">{m.when:%Y-%m-%d %H:%M:%S}</span>']
        tags.append(f'<span id="source_baidu">来源：{self.origin(m)}</span>')
        for key, label, share in (("author", "作者", 0.75), ("editor", "编辑", 0.8)):
            if self.r.random() < share:
                tags.append(f'<span id="{key}_baidu">{label}：{self.person()}</span>')
        main = f"""<div class="title">{m.title}</div>
<div class="infor">{" ".join(tags)}</div>
<div id="content">
{_ps(self.body(m.county), "　　")}
</div>"""
        return self.assemble(GSCN, m.title, main, gbk=True)

    def gscn_picture(self, m: _Meta) -> bytes:
        """Layout C: a picture story, each image followed by its caption paragraph."""
        img = f"http://{GSCN}/pic/{m.when:%Y/%m/%d}/{m.id:09d}"
        captions = enumerate(self.body(m.county, caption=True))
        items = "\n".join(f'<p><img src="{img}_{k}.jpg"></p>\n<p>{c}</p>' for k, c in captions)
        main = f"""<div id="info"><h1>{m.title}</h1>
  <span class="source">{m.when:%Y-%m-%d %H:%M} 来源：{self.origin(m)}</span></div>
<div id="pic_mainbox">
{items}
</div>"""
        return self.assemble(GSCN, f"{m.title}_图解_中国甘肃网", main)

    def gansudaily(self, m: _Meta) -> bytes:
        """Layout D: gansudaily, a single page (its pager is empty)."""
        by = f" 作者：{self.person()}" if self.r.random() < 0.85 else ""
        main = f"""<h1>{m.title}</h1>
<div id="nleft">{m.when:%Y-%m-%d %H:%M} <span>来源：{self.origin(m)}</span>{by}</div>
<div class="artical"><div id="conter2018">
{_ps(self.body(m.county))}
</div></div>
<div id="news_more_page_div_id"></div>"""
        return self.assemble(DAILY, f"{m.title}-每日甘肃网", main)

    def listing(self, host: str, items: list[_Meta], paged: bool) -> bytes:
        """A 甘肃播报 listing page: items newest first, some links relative."""
        base = f"http://{host}"
        hrefs = [m.path if self.r.random() < RELATIVE_LINKS else base + m.path for m in items]
        lis = "".join(_LI.format(u, m.title, m.when) for u, m in zip(hrefs, items, strict=True))
        js = f'\n  <script src="http://{GSCN}{COUNT_JS}"></script>' if paged else ""
        main = f"""<div class="crumbs">您当前的位置 : <a href="{base}/">首页</a> &gt; 甘肃播报</div>
<div id="content">
  <ul>
{lis}  </ul>{js}
</div>"""
        brand = "中国甘肃网" if host == GSCN else "每日甘肃网"
        return self.assemble(host, f"甘肃播报_{brand}", main)

    def site(self, per: int) -> dict[str, dict[str, bytes]]:
        """Every page: articles, gscn index, count pages and maxpage script, gansudaily index."""
        out: dict[str, dict[str, bytes]] = {GSCN: {}, DAILY: {}}
        for m in self.metas:
            out[m.host][m.path] = getattr(self, m.layout)(m)
        gscn = self.by_host[GSCN]
        maxpage = max(0, -(-len(gscn) // per) - 1)
        out[GSCN][INDEX] = self.listing(GSCN, gscn[:per], True)
        for n in range(1, maxpage + 1):
            page = gscn[n * per : (n + 1) * per]
            out[GSCN][COUNT_PAGE.format(n)] = self.listing(GSCN, page, True)
        out[GSCN][COUNT_JS] = f"var maxpage = {maxpage};".encode()
        out[DAILY][INDEX] = self.listing(DAILY, self.by_host[DAILY], False)
        return out


def generate_site(
    n_articles: int, *, seed: int = 0, page_kib: tuple[int, int] = (40, 80), per_listing: int = 20
) -> dict[str, dict[str, bytes]]:
    """A synthetic replica of the site with n_articles articles, for benchmarks.

    Returns ``{real_host: {path: body_bytes}}``. Each page's UTF-8 size (chrome included) falls
    within page_kib, unless its own content is bigger (the gansudaily index, which lists all its
    host's articles) or the range is narrower than one chrome block (about 2.5 KiB). Legacy pages
    are GBK bytes; their UTF-8 size is what is kept in range.
    """
    if n_articles < 0 or per_listing < 1 or not 0 < page_kib[0] <= page_kib[1]:
        raise ValueError("need n_articles >= 0, per_listing >= 1, 0 < page_kib[0] <= page_kib[1]")
    return _Replica(n_articles, seed, page_kib).site(per_listing)
