"""Undo and redo of edits: every step is itself a recorded write that syncs like any edit.

The first write is made by the screen (so that it can show validation errors); the
command pushed afterwards skips its first ``redo``.  Undo of an edit writes the previous
values back; of a create, deletes; of a delete, restores.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from lookingbeyond_desktop.store.writer import CHILDREN, Writer
from lookingbeyond_desktop.ui.ops import Ops

WriteFn = Callable[[Writer], Any]


def tables_of(table: str) -> set[str]:
    """A table and the child tables that a delete or restore touches."""
    return {table, *(child for child, _link in CHILDREN.get(table, ()))}


class WriteCommand(QUndoCommand):
    """A step whose undo and redo are writes run on the database worker."""

    def __init__(self, ops: Ops, text: str, *, undo: WriteFn, redo: WriteFn,
                 tables: set[str], already_done: bool = True) -> None:
        super().__init__(text)
        self._ops = ops
        self._undo = undo
        self._redo = redo
        self._tables = tables
        self._skip = already_done

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._ops.write(self._redo, tables=self._tables)

    def undo(self) -> None:
        self._ops.write(self._undo, tables=self._tables)


def edit_command(ops: Ops, text: str, table: str, row_id: str,
                 before: Mapping[str, Any], after: Mapping[str, Any]) -> WriteCommand:
    """Undo writes ``before`` back; redo writes ``after`` again."""
    old, new = dict(before), dict(after)
    return WriteCommand(
        ops, text,
        undo=lambda w: w.update(table, row_id, old),
        redo=lambda w: w.update(table, row_id, new),
        tables={table},
    )


def create_command(ops: Ops, text: str, table: str, row_id: str) -> WriteCommand:
    """Undo deletes the new record (a tombstone); redo restores it."""
    return WriteCommand(
        ops, text,
        undo=lambda w: w.delete(table, row_id),
        redo=lambda w: w.restore(table, row_id),
        tables=tables_of(table),
    )


def delete_command(ops: Ops, text: str, table: str, row_ids: Sequence[str]) -> WriteCommand:
    """Undo restores the records (with the children deleted with them); redo deletes again."""
    ids = list(row_ids)
    return WriteCommand(
        ops, text,
        undo=lambda w: [w.restore(table, row_id) for row_id in ids],
        redo=lambda w: [w.delete(table, row_id) for row_id in ids],
        tables=tables_of(table),
    )


def restore_command(ops: Ops, text: str, items: Sequence[tuple[str, str]]) -> WriteCommand:
    """Records restored from the Trash: undo deletes them again; redo restores."""
    pairs = list(items)
    tables = set().union(*(tables_of(table) for table, _id in pairs)) if pairs else set()
    return WriteCommand(
        ops, text,
        undo=lambda w: [w.delete(table, row_id) for table, row_id in reversed(pairs)],
        redo=lambda w: [w.restore(table, row_id) for table, row_id in pairs],
        tables=tables,
    )


def prepare_update(writer: Writer, table: str, row_id: str,
                   values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Apply an edit; returns (previous values, new values) of the fields that changed."""
    (prepared,) = writer.prepare_many(table, [(row_id, values)], single=True)
    writer.apply([prepared])
    previous = prepared.previous or {}
    return {name: previous.get(name) for name in prepared.values}, dict(prepared.values)
