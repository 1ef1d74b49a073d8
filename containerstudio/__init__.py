"""Container Studio: a calm studio for making a symbolic container."""

__version__ = "0.1.0"
