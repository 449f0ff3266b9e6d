"""The local SQLite replica: engine, sessions, migrations, change capture and search. No Qt."""

from lookingbeyond_desktop.store.database import (
    DamagedStoreError,
    NewerSchemaError,
    Store,
    StoreError,
)

__all__ = ["DamagedStoreError", "NewerSchemaError", "Store", "StoreError"]
