"""Tables of the library database (SQLAlchemy Core). Migrations create them."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Content-addressed bytes: elements, manifests, assets, thumbnails (all via the codec).
blobs = Table(
    "blobs",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
)

containers = Table(
    "containers",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(32), nullable=False, unique=True),
    Column("title", Text, nullable=False),  # "" when encrypted: see sealed_title
    Column("profile", String(64), nullable=False, server_default="default"),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("deleted_at", DateTime, nullable=True),
    # The working copy: autosaved on every pen release; not a version.
    Column("working_manifest", String(64), nullable=True),
    Column("thumbnail", String(64), nullable=True),
    # The title through the codec, in an encrypted library (migration 0004).
    Column("sealed_title", LargeBinary, nullable=True),
)

versions = Table(
    "versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "container_id", Integer, ForeignKey("containers.id", ondelete="CASCADE"), nullable=False
    ),
    Column("number", Integer, nullable=False),
    Column("name", Text, nullable=True),
    Column("note", LargeBinary, nullable=True),
    Column("kind", String(16), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("manifest", String(64), nullable=False),
    Column("thumbnail", String(64), nullable=True),
    # The name through the codec, in an encrypted library (migration 0004).
    Column("sealed_name", LargeBinary, nullable=True),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "container_id", Integer, ForeignKey("containers.id", ondelete="CASCADE"), nullable=False
    ),
    Column("pack_id", String(128), nullable=False),
    Column("state", LargeBinary, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("finished", Boolean, nullable=False, server_default="0"),
)

slips = Table(
    "slips",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "container_id", Integer, ForeignKey("containers.id", ondelete="CASCADE"), nullable=False
    ),
    Column("uid", String(32), nullable=False),
    Column("position", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("folded", Boolean, nullable=False, server_default="0"),
    # Text and drawing pass through the codec; NULL once retention removes them.
    Column("text", LargeBinary, nullable=True),
    Column("drawing", LargeBinary, nullable=True),
    Column("created_at", DateTime, nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(128), primary_key=True),
    Column("value", Text, nullable=False),
)

# Derived pixels of finished stroke runs (see storage/render_cache.py); safe to drop.
render_cache = Table(
    "render_cache",
    metadata,
    Column(
        "container_id",
        Integer,
        ForeignKey("containers.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("first_key", String(64), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("prefix_hash", String(64), nullable=False),
    Column("x", Integer, nullable=False),
    Column("y", Integer, nullable=False),
    Column("width", Integer, nullable=False),
    Column("height", Integer, nullable=False),
    Column("pixels", LargeBinary, nullable=False),
)
