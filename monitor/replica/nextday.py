"""The replica's next morning, for the demo's second pass: one new article in 甘肃播报 that
states a new period of a known figure, a revision of another and two new headline figures, so
that the demo's digest shows what the product is for (a baseline, a revision, a new period)."""

from __future__ import annotations

import re

from .server import Replica

__all__ = ["NEXT_DAY_URL", "publish_next_day"]

GSCN = "gansu.gscn.com.cn"
LISTING = "/gsbb/index.shtml"
TEMPLATE = "/system/2023/11/23/013012345.shtml"      # 临泽：县域经济提质进位势头强劲 (layout A)
NEXT_DAY_URL = f"http://{GSCN}/system/2023/11/24/013012400.shtml"
TITLE = "临泽：前10月主要经济指标持续向好"
BODY = (
    "初冬的临泽，田间地头一派忙碌，新型储能装备制造项目的厂房里机器轰鸣。",
    "记者从临泽县统计局获悉，1至10月，全县完成固定资产投资56.3亿元，同比增长31.6%。",
    "经统计部门核实，1至9月全县完成固定资产投资51.26亿元。",
    "1至8月，全县完成固定资产投资44.7亿元。",
    "1至10月，全县社会消费品零售总额11.2亿元，同比增长7.9%；规模以上工业增加值同比增长9.1%。",
)


def publish_next_day(replica: Replica) -> None:
    """Publish the article and put it at the top of the 甘肃播报 listing (a running replica)."""
    page = replica.site[GSCN][TEMPLATE].decode("utf-8")
    page = page.replace("临泽：县域经济提质进位势头强劲", TITLE).replace("2023/11/23/ 09:02", "2023/11/24/ 08:40")
    start, end = page.index('<div class="a-container">'), page.index("<p>版权声明</p>")
    paragraphs = "".join(f"<p>　　{p}</p>\n" for p in BODY)
    page = page[:start] + f'<div class="a-container">\n<p>{TITLE}</p>\n{paragraphs}' + page[end:]
    replica.put(NEXT_DAY_URL, page.encode("utf-8"))
    listing = replica.site[GSCN][LISTING].decode("utf-8")
    item = f'<li><a href="{NEXT_DAY_URL}" target="_blank">{TITLE}</a><span>2023/11/24</span></li>\n        '
    listing = re.sub(r'(<div id="content">.*?<ul[^>]*>\s*)', lambda m: m[1] + item, listing, count=1, flags=re.S)
    replica.put(f"http://{GSCN}{LISTING}", listing.encode("utf-8"))
