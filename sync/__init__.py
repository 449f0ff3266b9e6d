"""Reconciling replicas: clock, registry of synced tables, merge rules and wire format.

This package never imports Qt and knows the schema only through :mod:`sync.registry`.
"""
