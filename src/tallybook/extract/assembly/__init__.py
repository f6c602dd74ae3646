"""From mentions to incidents: the incidents component and the rules that merge, fold and restate
mentions. The table in ../README.md maps its modules.
"""
