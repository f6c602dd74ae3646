"""Who says so: the claimants, confirmers and disputers of each incident. The table in ../README.md
maps its modules.
"""
