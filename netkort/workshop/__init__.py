"""The live mapping workshop (``netkort workshop``): a local server for the room.

:mod:`.store` keeps everything in one SQLite file; :mod:`.app` serves the
participants' and the projector's pages over it.
"""
