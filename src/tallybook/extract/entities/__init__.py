"""People and organisations: who is named, in what role, under which aliases. The table in
../README.md maps its modules.
"""
