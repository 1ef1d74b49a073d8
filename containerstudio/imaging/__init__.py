"""imaging: the one way an image enters a document (validated, upright, metadata removed)."""

from containerstudio.imaging.importer import (
    MAX_FILE_BYTES,
    MAX_PIXELS,
    WORKING_SIDE,
    CleanImage,
    ImageKind,
    ImageProblem,
    import_image,
)

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PIXELS",
    "WORKING_SIDE",
    "CleanImage",
    "ImageKind",
    "ImageProblem",
    "import_image",
]
