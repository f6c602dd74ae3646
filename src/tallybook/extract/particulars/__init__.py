"""One mention per trigger: its victims, figure, names, place and perpetrators. The table in
../README.md maps its modules.
"""
