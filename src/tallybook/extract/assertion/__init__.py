"""Is it asserted as a real event? Irrealis, hearsay, negation, general statements and other non-
events. The table in ../README.md maps its modules.
"""
