"""The hub's Qt-free core: in-memory state, the unit of work, and the command handlers.

No SQL and no sockets: the hub's glue persists what a :class:`~.unit.Unit` collected and
sends what it produced. The domain rules it applies live in :mod:`commandcenter.domain`.
"""
