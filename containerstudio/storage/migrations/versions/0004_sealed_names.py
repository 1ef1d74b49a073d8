"""Sealed titles and version names: room for them encrypted at rest.

An encrypted library keeps `containers.title` and `versions.name` empty and stores
them through the codec in these columns; a plain library leaves them NULL.

Revision ID: 0004
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("containers", sa.Column("sealed_title", sa.LargeBinary, nullable=True))
    op.add_column("versions", sa.Column("sealed_name", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("versions") as batch:
        batch.drop_column("sealed_name")
    with op.batch_alter_table("containers") as batch:
        batch.drop_column("sealed_title")
