"""Every path the application uses comes from here, so that tests can point them elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

from lookingbeyond_desktop import APP_AUTHOR, APP_NAME

ENV_DATA_DIR = "LOOKINGBEYOND_DATA_DIR"
DATABASE_FILE = "lookingbeyond.sqlite3"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``explicit``, else ``$LOOKINGBEYOND_DATA_DIR``, else the user data folder."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    if not chosen:  # platformdirs only when needed (it takes milliseconds to import)
        from platformdirs import user_data_dir

        chosen = user_data_dir(APP_NAME, APP_AUTHOR)
    return Path(chosen).expanduser()


def database_path(folder: Path) -> Path:
    """The local database file inside a data folder."""
    return folder / DATABASE_FILE


def log_dir(folder: Path) -> Path:
    """Where the application writes its log inside a data folder."""
    return folder / "logs"
