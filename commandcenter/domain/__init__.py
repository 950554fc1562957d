"""Rules of the command centre: life cycle, deadlines, routing, permissions, ranking.

Plain Python (and numpy for the vectorised ranking): no Qt, no SQL, no I/O.
"""
