"""Economic indicators: regions, numbers, periods and the figures articles state.

Rule book: docs/indicators.md. Entry point: `extract_indicators(title, body, published_at)`.
"""

from .extract import EXTRACTOR_VERSION, extract_indicators
from .model import ArticleIndicators, Dropped, Observation
from .regions import Region, gazetteer

INDICATOR_KINDS = frozenset({"amount", "growth_rate", "share_or_rate", "count", "physical_quantity",
                             "ranking"})

__all__ = ["EXTRACTOR_VERSION", "INDICATOR_KINDS", "ArticleIndicators", "Dropped", "Observation", "Region",
           "extract_indicators", "gazetteer"]
