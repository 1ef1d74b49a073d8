"""Which schema versions this app knows, and running the migrations (on any engine).

Alembic (slow to import) is only loaded when a library is new or older than
SCHEMA_HEAD; tests/storage checks that SCHEMA_HEAD matches the migrations folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration. Alembic (slow to import) is only loaded when a library is new or
# older than this; tests/storage checks that this matches the migrations folder.
SCHEMA_HEAD = "0004"


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


# Tables that make a file a Container Studio library (an older or newer one may have
# more or fewer, but never lacks these two).
OUR_TABLES = frozenset({"alembic_version", "containers"})


def migrate_connection(conn: Connection) -> None:
    """Bring the schema `conn` works in up to date (the same migrations on every engine)."""
    from alembic import command

    cfg = _alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
