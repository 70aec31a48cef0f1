"""The crawl stages, in the order a page flows through them (pipeline.py runs them):

    fetch (+ charset) -> discover (listing -> links, urls) -> extract (+ textclean, fallback,
    dates) -> models.Article

`pages` is `monitor extract`: the same parsing, for saved pages and single URLs.
"""
