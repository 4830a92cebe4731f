"""Application layer: use cases and the ports (abstract interfaces) they need.

Sub-packages ``questionnaires`` and ``verification`` are independent of each
other; ``maintenance`` may use both.
"""
