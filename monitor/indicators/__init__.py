"""Economic indicators: regions, numbers, periods and the figures articles state.

Rule book: docs/indicators.md. Entry point: `extract_indicators(title, body, published_at)`.
"""

from .extract import EXTRACTOR_VERSION, extract_indicators
from .model import ArticleIndicators, Dropped, Observation
from .regions import Region, gazetteer

INDICATOR_KINDS = frozenset({"amount", "growth_rate", "share_or_rate", "count", "physical_quantity",
                             "ranking"})

# The one vocabulary for flags, used by the CLI, the digest, the README and docs/indicators.md:
#   新指标  the first figure of a series (region, indicator, kind) in the database
#   新一期  a known series, a period not seen before (1至10月 after 1至9月)
#   修订    a period seen before, stated again with a different value
FLAG_LABELS = {"new_indicator": "新指标", "new_period": "新一期", "revised": "修订"}
# What a first crawl into an empty database and a --backfill-pages run store: flagged in the
# database like anything else, summarised by the next digest instead of listed item by item.
BASELINE_LABEL = "基线"

__all__ = ["BASELINE_LABEL", "EXTRACTOR_VERSION", "FLAG_LABELS", "INDICATOR_KINDS", "ArticleIndicators", "Dropped",
           "Observation", "Region",
           "extract_indicators", "gazetteer"]
