"""The text as the components read it: residue lines, cached text and parses, word positions,
layout and language. The table in ../README.md maps its modules.
"""
