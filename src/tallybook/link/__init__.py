"""Linking across documents: one organization under many names, one person under many
spellings, one incident across many sources; corroboration and conflicting figures.

    from tallybook.link import link_all
    report = link_all(store)              # incremental; link_all(store, incremental=False) re-derives
"""

from tallybook.link.service import LinkReport, judge, link_all

__all__ = ["LinkReport", "judge", "link_all"]
