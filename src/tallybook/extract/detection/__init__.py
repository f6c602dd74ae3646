"""Triggers: the words and phrases that say a violation happened, and the type each one gives. The
table in ../README.md maps its modules.
"""
