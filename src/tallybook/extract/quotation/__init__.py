"""Quotes: pairing quotation marks and finding each quote's speaker. The table in ../README.md maps
its modules.
"""
