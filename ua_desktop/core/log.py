"""The core's loggers, made when first used: importing `logging` costs
about 3 ms, and a command-line batch that goes well logs nothing."""

from __future__ import annotations


def logger(name: str):
    """`logging.getLogger(name)`."""
    import logging

    return logging.getLogger(name)
