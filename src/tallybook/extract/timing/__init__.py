"""When: reading date phrases and deciding which date each incident takes. The table in
../README.md maps its modules.
"""
