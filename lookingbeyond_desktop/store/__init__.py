"""The local SQLite replica: engine, sessions, migrations, change capture and search. No Qt."""

from lookingbeyond_desktop.store.database import (
    DamagedStoreError,
    LockedStoreError,
    NewerSchemaError,
    Store,
    StoreError,
    WrongPassphraseError,
)

__all__ = ["DamagedStoreError", "LockedStoreError", "NewerSchemaError", "Store", "StoreError",
           "WrongPassphraseError"]
